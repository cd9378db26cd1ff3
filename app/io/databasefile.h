// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

class Database;

// A whole database as one JSON file (bridges export --what all --format json): every table
// people fill, its columns and its rows, with the schema version they fit. Read back into an
// empty database it gives exactly the same records, ids and versions.
//
//   {"format": "bridges-database", "version": 1, "schema": 6,
//    "tables": {"places": {"columns": ["id", ...], "rows": [[1, "Jiangsu", ...], ...]}, ...}}
namespace DatabaseFile {

// Writes the file; throws StorageError if the database cannot be read.
void write(const Database &database, QIODevice &device);
// Loads a file into a database that holds no records yet, in one transaction: it lands whole
// or not at all. Returns the number of rows. Throws DataError naming the file and where in it
// (line, table, column) for a file that is not one, of another schema, or with a bad row, and
// StorageError when the database refuses a row; nothing is written either way.
qint64 read(Database &database, const QByteArray &bytes, const QString &fileName);

} // namespace DatabaseFile
