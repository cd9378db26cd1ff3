// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/commandbase.h"
#include "app/domain/pairing.h"

// Changes a pairing from what was read (before, at its row version) to after; undone, puts
// back what was read, version and all. Refused if someone changed the record in between.
class EditPairingCommand : public DatabaseCommand
{
public:
    EditPairingCommand(const Database &database, ChangeNotifier &notifier, const Pairing &before,
                       const Pairing &after, const QString &name);

protected:
    void forward() override;
    void backward() override;
    QList<qint64> changed() const override { return {m_before.id}; }

private:
    Pairing m_before;
    Pairing m_after;
};
