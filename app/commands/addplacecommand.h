// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/commandbase.h"
#include "app/domain/place.h"

// Adds a place; undone, removes it again (refused once something uses it). Done again, it
// comes back with the same id.
class AddPlaceCommand : public DatabaseCommand
{
public:
    AddPlaceCommand(const Database &database, ChangeNotifier &notifier, const Place &place);
    qint64 placeId() const { return m_place.id; }

protected:
    void forward() override;
    void backward() override;
    QList<qint64> changed() const override { return {m_place.id}; }
    ChangeNotifier::Entity entity() const override { return ChangeNotifier::Places; }

private:
    Place m_place;
};
