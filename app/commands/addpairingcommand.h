// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/commandbase.h"
#include "app/domain/pairing.h"

// Adds a pairing; undone, removes it again. Done again, it comes back with the same id.
class AddPairingCommand : public DatabaseCommand
{
public:
    AddPairingCommand(const Database &database, ChangeNotifier &notifier, const Pairing &pairing,
                      const QString &name);
    qint64 pairingId() const { return m_pairing.id; }

protected:
    void forward() override;
    void backward() override;
    QList<qint64> changed() const override { return {m_pairing.id}; }

private:
    Pairing m_pairing;
};
