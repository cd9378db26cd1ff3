// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

// An open Bridges database: one connection, its schema brought up to date on open.
//
// Opening never modifies a file it cannot use: a file that is not a Bridges database, was
// written by a newer Bridges, is read-only or is damaged is refused with a message naming the
// file, before anything is written. Before a migration the file is copied to a dated backup
// beside it. SQLite runs in WAL mode with foreign keys on, so a killed program loses nothing it
// had committed.
class Database
{
public:
    struct OpenError
    {
        enum class Kind {
            None,
            NotADatabase,
            NotBridges,
            TooNew,
            ReadOnly,
            Corrupt,
            CannotOpen,
            MigrationFailed
        };
        Kind kind = Kind::None;
        QString message;
    };

    // Opens or creates a SQLite database file. Returns null and fills error on failure.
    static std::unique_ptr<Database> openFile(const QString &path, OpenError *error);
    static int latestSchemaVersion();
    // One more connection to a database this program has already opened (and so checked and
    // migrated), for use in the thread that calls this: background counting reads through it.
    static std::unique_ptr<Database> openAnotherConnection(const Database &opened);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // For the stores only: views and models go through them.
    QSqlDatabase connection() const;
    QString location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }
    // Changes whenever a change to the database is committed, through this connection or any
    // other (and may change without one): whether what was read earlier may be out of date.
    // Throws StorageError.
    QString changeStamp() const;
    // True when this open created the schema: the database holds no records yet.
    bool isNew() const { return m_isNew; }
    // The backup taken before this open migrated the file; empty when none was needed.
    QString backupPath() const { return m_backupPath; }

private:
    Database(const QString &connectionName, const QString &location);
    void configureSqlite();
    void backUpTo(const QString &backupPath);

    QString m_connectionName;
    QString m_location;
    int m_schemaVersion = 0;
    bool m_isNew = false;
    QString m_backupPath;
};
