// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/storage/changenotifier.h"

#include <QUndoCommand>

#include <functional>

class Database;

// Private to app/commands. An undoable edit of the database: each way (do, undo) is one
// transaction, committed whole or not at all, after which the notifier says what changed.
// The facade runs each step itself (apply) so that a refused step is reported and leaves the
// undo stack where it was; QUndoStack's own redo()/undo() calls then only move the stack.
// A step taken through the stack directly (nothing in the program does; the history goes
// through the facade) runs here, and a refusal is handed to the facade's report.
class DatabaseCommand : public QUndoCommand
{
public:
    using Report = std::function<void(const QString &error)>;
    // Makes the step's name in the language in use when it is called.
    using Name = std::function<QString()>;

    DatabaseCommand(const Database &database, ChangeNotifier &notifier);

    // Does (forward) or undoes the edit in one transaction; false and a message if refused.
    bool apply(bool forward, QString *error);
    // The next redo() or undo() from the stack has been applied already.
    void skipNext() { m_skip = true; }
    void setReport(Report report) { m_report = std::move(report); }
    // Names the step (its text on the stack) and keeps how, so that rename() can name it again
    // once another language is chosen: the steps taken before are then named in it too.
    void setName(Name name);
    void rename();

    void redo() final { step(true); }
    void undo() final { step(false); }

protected:
    // Throw StorageError to refuse; run inside the transaction.
    virtual void forward() = 0;
    virtual void backward() = 0;
    virtual ChangeNotifier::Entity entity() const { return ChangeNotifier::Pairings; }
    virtual QList<qint64> changed() const = 0;
    // After each apply: whether its transaction was committed.
    virtual void settled(bool committed) { Q_UNUSED(committed) }

    const Database &m_database;

private:
    void step(bool forward);

    ChangeNotifier &m_notifier;
    bool m_skip = false;
    Report m_report;
    Name m_name;
};
