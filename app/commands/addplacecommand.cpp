// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/addplacecommand.h"

#include "app/storage/placestore.h"

#include <QCoreApplication>

AddPlaceCommand::AddPlaceCommand(const Database &database, ChangeNotifier &notifier,
                                 const Place &place)
    : DatabaseCommand(database, notifier), m_place(place)
{
    setText(QCoreApplication::translate("Commands", "Add place %1").arg(place.nameEn));
}

void AddPlaceCommand::forward()
{
    m_place.id = PlaceStore(m_database).insert(m_place);
}

void AddPlaceCommand::backward()
{
    PlaceStore(m_database).removeUnused(m_place.id);
}
