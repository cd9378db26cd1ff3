// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/commandbase.h"
#include "app/storage/pairingdependents.h"

// Deletes a pairing with what belongs to it alone (its exchanges, its links); undone, every
// row comes back as it was. Refused if someone changed the pairing since it was read.
class DeletePairingCommand : public DatabaseCommand
{
public:
    DeletePairingCommand(const Database &database, ChangeNotifier &notifier, qint64 pairingId,
                         int rowVersion, const QString &text);

protected:
    void forward() override;
    void backward() override;
    QList<qint64> changed() const override { return {m_id}; }
    ChangeNotifier::Entity entity() const override { return ChangeNotifier::Everything; }

private:
    qint64 m_id;
    int m_version;
    PairingDependents m_dependents;
};
