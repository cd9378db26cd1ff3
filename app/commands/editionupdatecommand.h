// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/commandbase.h"
#include "app/io/editionupdate.h"
#include "app/storage/addedrows.h"
#include "app/storage/filledvalues.h"

// Takes a newer edition of the shipped data into the database, as EditionUpdate plans it with
// the choices the user made, in one transaction; one undoable step. Refused, with nothing
// written, if the database has changed since the review that the choices were made on (stamp),
// or holds that edition already (someone else took it). Undone, every record it added goes,
// every value it filled in or corrected is put back, and the database holds the edition it
// held before; refused if one of those records has been changed since.
class EditionUpdateCommand : public DatabaseCommand
{
public:
    // stamp: the database's change stamp when the review read it; empty: no review (the
    // command line), the plan is made as the step begins.
    EditionUpdateCommand(const Database &database, ChangeNotifier &notifier,
                         EditionUpdate::Choices choices, QString stamp);

    // What was taken (after the first apply).
    const EditionUpdate &taken() const { return m_update; }

protected:
    void forward() override;
    void backward() override;
    QList<qint64> changed() const override { return {}; }
    ChangeNotifier::Entity entity() const override { return ChangeNotifier::Everything; }

private:
    EditionUpdate::Choices m_choices;
    QString m_stamp;
    bool m_done = false;
    EditionUpdate m_update;
    AddedRows m_added;
    FilledValues m_filled;
};
