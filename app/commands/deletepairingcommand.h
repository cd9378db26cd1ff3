// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/commandbase.h"
#include "app/storage/pairingdependents.h"

// Deletes a pairing with what belongs to it alone (its exchanges, its links); undone, every
// row comes back as it was. Refused if someone changed the pairing since it was read, or gave
// it exchanges or took some away since the user was told what goes with it.
class DeletePairingCommand : public DatabaseCommand
{
public:
    // What the user agreed to delete: the pairing at rowVersion, taking these exchanges of its
    // own (ascending ids) and leaving sharedExchanges.
    struct Agreed
    {
        qint64 pairingId = 0;
        int rowVersion = 0;
        QList<qint64> ownExchanges;
        int sharedExchanges = 0;
    };
    DeletePairingCommand(const Database &database, ChangeNotifier &notifier, const Agreed &agreed,
                         Name name);
    static QString exchangesChangedMeanwhile();

protected:
    void forward() override;
    void backward() override;
    QList<qint64> changed() const override { return {m_agreed.pairingId}; }
    ChangeNotifier::Entity entity() const override { return ChangeNotifier::Everything; }

private:
    Agreed m_agreed;
    PairingDependents m_dependents;
};
