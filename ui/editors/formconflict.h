// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dialogs/conflictdialog.h"

#include <QMessageBox>
#include <QString>

#include <functional>
#include <optional>

class QDialog;

// Someone else saved the record this editor was changing: what the two versions say
// differently, field by field as the form shows them (each field named by its caption), and the
// user's choice (ConflictDialog). Works on any editor's form through its widgets (line and text
// edits, lists to choose from, lists of links), so every kind of record is handled alike.
namespace FormConflict {

// fill(true): the form shows their version; fill(false): the version first read. The form is
// left showing "Edit again"'s form when that is chosen (theirs, with each field this user
// changed put back as the user left it), else as the user left it.
ConflictDialog::Choice choose(QDialog *editor, const QString &what,
                              const std::function<void(bool theirs)> &fill);

// The whole of an edit refused because someone else saved the record meanwhile: returns false
// when that was not the reason (the caller shows its message). Otherwise the user chose: keep
// theirs (the editor closes, nothing saved), overwrite with mine (saved over theirs, then the
// editor closes), or edit again (the editor stays, now editing theirs).
template <typename Record, typename Fill, typename Save>
bool resolve(QDialog *editor, Record &read, const Record &mine, const std::optional<Record> &theirs,
             const QString &what, Fill fill, Save save)
{
    if (!theirs || theirs->rowVersion == read.rowVersion)
        return false;
    const auto choice =
        choose(editor, what, [&](bool showTheirs) { fill(showTheirs ? *theirs : read); });
    read = *theirs;
    QString error;
    switch (choice) {
    case ConflictDialog::Choice::KeepTheirs:
        editor->done(QDialog::Rejected);
        break;
    case ConflictDialog::Choice::OverwriteWithMine:
        if (save(read, mine, &error))
            editor->done(QDialog::Accepted);
        else
            QMessageBox::warning(editor, editor->windowTitle(), error);
        break;
    case ConflictDialog::Choice::EditAgain:
        break;
    }
    return true;
}

// What an editor's Save asks of the commands for its kind of record: add a new one, change
// one from what was read, read one as it is now, and set the form to show one.
template <typename Record> struct Saving
{
    std::function<bool(const Record &record, QString *error)> add;
    std::function<bool(const Record &before, const Record &after, QString *error)> edit;
    std::function<std::optional<Record>(qint64 id, QString *error)> reread;
    std::function<void(const Record &record)> fill;
};

// An editor's Save: the record added when new (read.id 0), else changed from what was read. An
// edit refused because someone else saved the record meanwhile goes to resolve(), which closes
// the editor or keeps it open as the user chooses; any other refusal is shown. Returns whether
// the form's record was saved, and the editor may close.
template <typename Record>
bool save(QDialog *editor, Record &read, const Record &edited, const QString &what,
          const Saving<Record> &saving)
{
    QString error;
    if (read.id ? saving.edit(read, edited, &error) : saving.add(edited, &error))
        return true;
    QString unread;
    if (!read.id || !resolve(editor, read, edited, saving.reread(read.id, &unread), what,
                             saving.fill, saving.edit))
        QMessageBox::warning(editor, editor->windowTitle(), error);
    return false;
}

} // namespace FormConflict
