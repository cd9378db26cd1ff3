// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/deletepairingcommand.h"

#include "app/storage/conflicterror.h"
#include "app/storage/pairingstore.h"

#include <QCoreApplication>

DeletePairingCommand::DeletePairingCommand(const Database &database, ChangeNotifier &notifier,
                                           const Agreed &agreed, Name name)
    : DatabaseCommand(database, notifier), m_agreed(agreed)
{
    setName(std::move(name));
}

QString DeletePairingCommand::exchangesChangedMeanwhile()
{
    return QCoreApplication::translate(
        "Commands", "The exchanges of this pairing were changed elsewhere since you were asked "
                    "(another window or another user), so deleting it would take other "
                    "exchanges than you agreed to. Nothing was deleted: refresh (F5) and delete "
                    "it again if you still want to.");
}

void DeletePairingCommand::forward()
{
    // Read in the same transaction as the deletion, so what is kept is what went.
    m_dependents = PairingDependents::capture(m_database, m_agreed.pairingId);
    if (m_dependents.ownExchanges() != m_agreed.ownExchanges ||
        m_dependents.sharedExchanges() != m_agreed.sharedExchanges) {
        throw ConflictError(exchangesChangedMeanwhile());
    }
    m_dependents.removeOwnExchanges(m_database);
    PairingStore(m_database).remove(m_agreed.pairingId, m_agreed.rowVersion);
}

void DeletePairingCommand::backward()
{
    m_dependents.restore(m_database);
}
