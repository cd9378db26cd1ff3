// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/addpairingcommand.h"

#include "app/storage/pairingstore.h"

#include <QCoreApplication>

AddPairingCommand::AddPairingCommand(const Database &database, ChangeNotifier &notifier,
                                     const Pairing &pairing, const QString &name)
    : DatabaseCommand(database, notifier), m_pairing(pairing)
{
    setName([name] { return QCoreApplication::translate("Commands", "Add pairing %1").arg(name); });
}

void AddPairingCommand::forward()
{
    m_pairing.id = PairingStore(m_database).insert(m_pairing);
}

void AddPairingCommand::backward()
{
    PairingStore(m_database).remove(m_pairing.id, 1); // as added: not edited since
}
