// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/commandbase.h"
#include "app/storage/rowversions.h"

// Changes a record (a pairing, a place, an exchange) from what was read (before, at its row
// version) to after, at a version never given before; undone, puts back what was read, version
// and all. Redone, it takes the same new version again: each version always stands for the
// same content. Refused if someone changed the record in between. Store is the record's store:
// update(record, versionNow, versionAfter) throws ConflictError.
template <typename Store, typename Record> class EditCommand : public DatabaseCommand
{
public:
    EditCommand(const Database &database, ChangeNotifier &notifier, ChangeNotifier::Entity entity,
                const Record &before, const Record &after, Name name)
        : DatabaseCommand(database, notifier), m_entity(entity), m_before(before), m_after(after)
    {
        m_after.id = before.id;
        setName(std::move(name));
    }

protected:
    void forward() override
    {
        m_trying = m_afterVersion != 0 ? m_afterVersion : RowVersions::next(m_database);
        Store(m_database).update(m_after, m_before.rowVersion, m_trying);
    }
    void backward() override
    {
        Store(m_database).update(m_before, m_afterVersion, m_before.rowVersion);
    }
    void settled(bool committed) override
    {
        // A number taken in a transaction that rolled back goes back to the counter.
        if (committed && m_trying != 0)
            m_afterVersion = m_trying;
        m_trying = 0;
    }
    QList<qint64> changed() const override { return {m_before.id}; }
    ChangeNotifier::Entity entity() const override { return m_entity; }

    const Record &before() const { return m_before; }
    const Record &after() const { return m_after; }

private:
    ChangeNotifier::Entity m_entity;
    Record m_before;
    Record m_after;
    int m_afterVersion = 0; // the version the edit gave, once committed
    int m_trying = 0;
};
