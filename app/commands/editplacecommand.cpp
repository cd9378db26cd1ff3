// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/editplacecommand.h"

#include "app/storage/placestore.h"

#include <QCoreApplication>

EditPlaceCommand::EditPlaceCommand(const Database &database, ChangeNotifier &notifier,
                                   const Place &before, const Place &after)
    : DatabaseCommand(database, notifier), m_before(before), m_after(after)
{
    m_after.id = before.id;
    setText(QCoreApplication::translate("Commands", "Edit place %1").arg(before.nameEn));
}

void EditPlaceCommand::forward()
{
    PlaceStore(m_database).update(m_after, m_before.rowVersion, m_before.rowVersion + 1);
}

void EditPlaceCommand::backward()
{
    PlaceStore(m_database).update(m_before, m_before.rowVersion + 1, m_before.rowVersion);
}
