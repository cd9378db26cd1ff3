// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/commandbase.h"
#include "app/domain/place.h"

// Changes a place from what was read to after (names, kind, province or state, coordinates);
// undone, puts back what was read, version and all. Refused over someone else's change.
class EditPlaceCommand : public DatabaseCommand
{
public:
    EditPlaceCommand(const Database &database, ChangeNotifier &notifier, const Place &before,
                     const Place &after);

protected:
    void forward() override;
    void backward() override;
    QList<qint64> changed() const override { return {m_before.id}; }
    ChangeNotifier::Entity entity() const override { return ChangeNotifier::Places; }

private:
    Place m_before;
    Place m_after;
};
