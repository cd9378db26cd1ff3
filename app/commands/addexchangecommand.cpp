// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/addexchangecommand.h"

#include "app/storage/exchangestore.h"

#include <QCoreApplication>

AddExchangeCommand::AddExchangeCommand(const Database &database, ChangeNotifier &notifier,
                                       const Exchange &exchange, qint64 pairingId)
    : DatabaseCommand(database, notifier), m_exchange(exchange), m_pairingId(pairingId)
{
    setText(QCoreApplication::translate("Commands", "Add exchange “%1”").arg(exchange.title));
}

void AddExchangeCommand::forward()
{
    ExchangeStore store(m_database);
    m_exchange.id = store.insert(m_exchange);
    if (m_pairingId)
        store.linkPairing(m_exchange.id, m_pairingId);
}

void AddExchangeCommand::backward()
{
    ExchangeStore(m_database).remove(m_exchange.id, 1); // as added: not edited since
}
