// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class Database;

// Every record of one database into another that holds none, whichever the backends (a local
// file to a team's server, or back): each table people fill, row by row with its id and row
// version, in one transaction on the target. The tables the database derives (search index,
// tallies, per-pairing summaries) are made again on the target: on a PostgreSQL server, once
// at the end from all the rows (see BulkLoad); in a SQLite file, by its triggers. Before the
// commit every table is counted on both sides; a difference, or any refusal, undoes the whole
// copy, leaving the target as it was.
namespace DatabaseCopy {

struct Copied
{
    QString table;
    qint64 rows = 0;
};

// Throws StorageError (the target holds records already, refused a row, or counts otherwise);
// nothing is written to the target then.
QList<Copied> copy(const Database &from, const Database &to);

} // namespace DatabaseCopy
