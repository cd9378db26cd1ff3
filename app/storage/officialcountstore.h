// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/officialcount.h"
#include "app/storage/rowbatch.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

class Database;

// Reads and writes the official totals of China–US pairs (official_counts).
class OfficialCountStore
{
public:
    explicit OfficialCountStore(const Database &database);

    // Writes a new total (with count.id when it is not 0, to put one back); throws StorageError.
    qint64 insert(const OfficialCount &count);
    // Writes many at once (the shipped data), each with its id, or the next ids free where it
    // is 0; throws StorageError.
    void insert(const QList<OfficialCount> &counts, const RowBatch::Watch &watch = {});
    // Writes every field but the origin if the record still has versionNow, giving it
    // versionAfter; throws ConflictError if someone changed or removed it meanwhile.
    void update(const OfficialCount &count, int versionNow, int versionAfter);
    static QString changedMeanwhile();
    std::optional<OfficialCount> byId(qint64 id) const;
    // Every total, oldest first.
    QList<OfficialCount> all() const;

private:
    const Database &m_database;
    QSqlDatabase m_db;
};
