// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/deleteexchangecommand.h"

#include "app/storage/exchangestore.h"

#include <QCoreApplication>

DeleteExchangeCommand::DeleteExchangeCommand(const Database &database, ChangeNotifier &notifier,
                                             const Exchange &exchange)
    : DatabaseCommand(database, notifier), m_exchange(exchange)
{
    setName([title = exchange.title] {
        return QCoreApplication::translate("Commands", "Delete exchange “%1”").arg(title);
    });
}

void DeleteExchangeCommand::forward()
{
    m_rows = ExchangeRows::capture(m_database, m_exchange.id);
    ExchangeStore(m_database).remove(m_exchange.id, m_exchange.rowVersion);
}

void DeleteExchangeCommand::backward()
{
    m_rows.restore(m_database);
}
