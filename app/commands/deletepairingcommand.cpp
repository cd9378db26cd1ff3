// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/deletepairingcommand.h"

#include "app/storage/pairingstore.h"

DeletePairingCommand::DeletePairingCommand(const Database &database, ChangeNotifier &notifier,
                                           qint64 pairingId, int rowVersion, const QString &text)
    : DatabaseCommand(database, notifier), m_id(pairingId), m_version(rowVersion)
{
    setText(text);
}

void DeletePairingCommand::forward()
{
    // Read in the same transaction as the deletion, so what is kept is what went.
    m_dependents = PairingDependents::capture(m_database, m_id);
    m_dependents.removeOwnExchanges(m_database);
    PairingStore(m_database).remove(m_id, m_version);
}

void DeletePairingCommand::backward()
{
    m_dependents.restore(m_database);
}
