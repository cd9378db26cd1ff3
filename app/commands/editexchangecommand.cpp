// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/editexchangecommand.h"

#include "app/storage/exchangestore.h"

#include <QCoreApplication>

EditExchangeCommand::EditExchangeCommand(const Database &database, ChangeNotifier &notifier,
                                         const Exchange &before, const Exchange &after)
    : DatabaseCommand(database, notifier), m_before(before), m_after(after)
{
    m_after.id = before.id;
    setText(QCoreApplication::translate("Commands", "Edit exchange “%1”").arg(before.title));
}

void EditExchangeCommand::forward()
{
    ExchangeStore(m_database).update(m_after, m_before.rowVersion, m_before.rowVersion + 1);
}

void EditExchangeCommand::backward()
{
    ExchangeStore(m_database).update(m_before, m_before.rowVersion + 1, m_before.rowVersion);
}
