// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/commandbase.h"
#include "app/domain/recordkind.h"
#include "app/storage/rowsnapshot.h"

// Deletes a place, an institution or a source that nothing refers to, or an official total, as
// read at its row version; undone, puts its row back as it was.
class DeleteRecordCommand : public DatabaseCommand
{
public:
    DeleteRecordCommand(const Database &database, ChangeNotifier &notifier, RecordKind kind,
                        qint64 id, int rowVersion, Name name);

protected:
    void forward() override;
    void backward() override;
    QList<qint64> changed() const override { return {m_id}; }
    ChangeNotifier::Entity entity() const override;

private:
    RecordKind m_kind;
    qint64 m_id;
    int m_version;
    RowSnapshot m_row;
};
