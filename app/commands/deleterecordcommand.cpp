// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/deleterecordcommand.h"

#include "app/storage/database.h"
#include "app/storage/recordremoval.h"

DeleteRecordCommand::DeleteRecordCommand(const Database &database, ChangeNotifier &notifier,
                                         RecordKind kind, qint64 id, int rowVersion, Name name)
    : DatabaseCommand(database, notifier), m_kind(kind), m_id(id), m_version(rowVersion)
{
    setName(std::move(name));
}

void DeleteRecordCommand::forward()
{
    m_row = RecordRemoval::remove(m_database, m_kind, m_id, m_version);
}

void DeleteRecordCommand::backward()
{
    m_row.restore(m_database.connection());
}

ChangeNotifier::Entity DeleteRecordCommand::entity() const
{
    switch (m_kind) {
    case RecordKind::Place:
        return ChangeNotifier::Places;
    case RecordKind::Institution:
        return ChangeNotifier::Institutions;
    case RecordKind::Source:
        return ChangeNotifier::Sources;
    case RecordKind::OfficialCount:
        return ChangeNotifier::OfficialCounts;
    }
    return ChangeNotifier::Everything;
}
