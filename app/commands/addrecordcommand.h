// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/commandbase.h"
#include "app/domain/recordkind.h"
#include "app/storage/recordremoval.h"

// Adds a place, an institution, a source or an official total; undone, removes it again
// (refused once something refers to it, or once it has been edited elsewhere). Done again, it
// comes back with the same id. Store is the record's store: insert(record) returns the new id.
template <typename Store, typename Record> class AddRecordCommand : public DatabaseCommand
{
public:
    AddRecordCommand(const Database &database, ChangeNotifier &notifier, RecordKind kind,
                     ChangeNotifier::Entity entity, const Record &record, Name name)
        : DatabaseCommand(database, notifier), m_kind(kind), m_entity(entity), m_record(record)
    {
        setName(std::move(name));
    }
    qint64 recordId() const { return m_record.id; }

protected:
    void forward() override { m_record.id = Store(m_database).insert(m_record); }
    void backward() override
    {
        RecordRemoval::remove(m_database, m_kind, m_record.id, 1); // as added: not edited since
    }
    QList<qint64> changed() const override { return {m_record.id}; }
    ChangeNotifier::Entity entity() const override { return m_entity; }

private:
    RecordKind m_kind;
    ChangeNotifier::Entity m_entity;
    Record m_record;
};
