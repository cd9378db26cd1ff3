// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/addexchangecommand.h"

#include "app/storage/exchangestore.h"

#include <QCoreApplication>

AddExchangeCommand::AddExchangeCommand(const Database &database, ChangeNotifier &notifier,
                                       const Exchange &exchange)
    : DatabaseCommand(database, notifier), m_exchange(exchange)
{
    setName([title = exchange.title] {
        return QCoreApplication::translate("Commands", "Add exchange “%1”").arg(title);
    });
}

void AddExchangeCommand::forward()
{
    m_exchange.id = ExchangeStore(m_database).insert(m_exchange);
}

void AddExchangeCommand::backward()
{
    ExchangeStore(m_database).remove(m_exchange.id, 1); // as added: not edited since
}
