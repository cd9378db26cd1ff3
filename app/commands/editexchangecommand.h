// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/commandbase.h"
#include "app/domain/exchange.h"

// Changes an exchange's own fields from what was read to after; undone, puts back what was
// read, version and all. Its links stay as they are. Refused over someone else's change.
class EditExchangeCommand : public DatabaseCommand
{
public:
    EditExchangeCommand(const Database &database, ChangeNotifier &notifier, const Exchange &before,
                        const Exchange &after);

protected:
    void forward() override;
    void backward() override;
    QList<qint64> changed() const override { return {m_before.id}; }
    ChangeNotifier::Entity entity() const override { return ChangeNotifier::Exchanges; }

private:
    Exchange m_before;
    Exchange m_after;
};
