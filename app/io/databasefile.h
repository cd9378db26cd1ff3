// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

class Database;

// A whole database as one JSON file (bridges export --what all --format json): every table
// people fill, its columns and its rows, with the schema version they fit. Read back into an
// empty database it gives exactly the same records, ids and versions.
//
//   {"format": "bridges-database", "version": 1, "schema": 6,
//    "tables": {"places": {"columns": ["id", ...], "rows": [[1, "Jiangsu", ...], ...]}, ...}}
namespace DatabaseFile {

inline QString formatName()
{
    return QStringLiteral("bridges-database");
}

// Writes the file; throws StorageError if the database cannot be read.
void write(const Database &database, QIODevice &device);

// A file read, before any of it is written: each table's columns and rows, in the file's order.
struct Contents
{
    int schema = 0;
    struct Table
    {
        QString name;
        QStringList columns;
        QList<QVariantList> rows; // each as long as columns
        int columnsLine = 1;      // where the file lists the columns
        QList<int> rowLines;      // where each row stands in the file
    };
    QList<Table> tables;
};
// Reads the file's shape, without a database: throws DataError naming the file and where for
// text that is not JSON, a file of another kind, a table of no known name, a row of the wrong
// length. (Column names are checked against the schema when the rows are loaded.)
Contents parse(const QByteArray &bytes, const QString &fileName);
// Loads a file into a database that holds no records yet, in one transaction: it lands whole
// or not at all. Returns the number of rows. Throws DataError naming the file and where in it
// (line, table, column) for a file that is not one, of a later schema, or with a bad row, and
// StorageError when the database refuses a row; nothing is written either way.
qint64 read(Database &database, const QByteArray &bytes, const QString &fileName);

} // namespace DatabaseFile
