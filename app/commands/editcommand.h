// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/commandbase.h"

// Changes a record (a pairing, a place, an exchange) from what was read (before, at its row
// version) to after; undone, puts back what was read, version and all. Refused if someone
// changed the record in between. Store is the record's store: update(record, versionNow,
// versionAfter) throws ConflictError.
template <typename Store, typename Record> class EditCommand : public DatabaseCommand
{
public:
    EditCommand(const Database &database, ChangeNotifier &notifier, ChangeNotifier::Entity entity,
                const Record &before, const Record &after, const QString &text)
        : DatabaseCommand(database, notifier), m_entity(entity), m_before(before), m_after(after)
    {
        m_after.id = before.id;
        setText(text);
    }

protected:
    void forward() override
    {
        Store(m_database).update(m_after, m_before.rowVersion, m_before.rowVersion + 1);
    }
    void backward() override
    {
        Store(m_database).update(m_before, m_before.rowVersion + 1, m_before.rowVersion);
    }
    QList<qint64> changed() const override { return {m_before.id}; }
    ChangeNotifier::Entity entity() const override { return m_entity; }

private:
    ChangeNotifier::Entity m_entity;
    Record m_before;
    Record m_after;
};
