// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What an existing file is, found out without writing a byte to it: the file is opened
// read-only, and only its header, its table list and its schema version are read.
struct DatabaseInspection
{
    enum class Verdict {
        Missing,    // no file there: a new database may be created
        Empty,      // an empty file or a SQLite database without tables: may be set up
        Bridges,    // a Bridges database, at schemaVersion
        NotSqlite,  // some other kind of file
        NotBridges, // a SQLite database of some other program
        Corrupt,    // a SQLite file whose pages cannot be read
        Unreadable, // the file cannot be read at all (permissions)
    };
    Verdict verdict = Verdict::Missing;
    int schemaVersion = 0;
    QString detail; // the database's own words, for Corrupt and Unreadable

    static DatabaseInspection inspectSqliteFile(const QString &path);
};
