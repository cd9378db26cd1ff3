// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/editpairingcommand.h"

#include "app/storage/pairingstore.h"

#include <QCoreApplication>

EditPairingCommand::EditPairingCommand(const Database &database, ChangeNotifier &notifier,
                                       const Pairing &before, const Pairing &after,
                                       const QString &name)
    : DatabaseCommand(database, notifier), m_before(before), m_after(after)
{
    m_after.id = before.id;
    setText(QCoreApplication::translate("Commands", "Edit pairing %1").arg(name));
}

void EditPairingCommand::forward()
{
    PairingStore(m_database).update(m_after, m_before.rowVersion, m_before.rowVersion + 1);
}

void EditPairingCommand::backward()
{
    PairingStore(m_database).update(m_before, m_before.rowVersion + 1, m_before.rowVersion);
}
