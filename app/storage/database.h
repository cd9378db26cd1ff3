// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/serveraddress.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class ExchangeFactsCache;

// An open Bridges database: one connection, its schema brought up to date on open. A local
// SQLite file, or a database on a PostgreSQL server that a team shares.
//
// Opening never modifies a file it cannot use: a file that is not a Bridges database, was
// written by a newer Bridges, is read-only or is damaged is refused with a message naming the
// file, before anything is written. Before a migration the file is copied to a dated backup
// beside it. SQLite runs in WAL mode with foreign keys on, so a killed program loses nothing it
// had committed. On a server, a migration runs in one transaction (PostgreSQL's schema changes
// are transactional), so a failed one leaves the database as it was; no backup is taken.
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

    enum class Backend { Sqlite, PostgreSql };

    // Opens or creates a SQLite database file. Returns null and fills error on failure.
    static std::unique_ptr<Database> openFile(const QString &path, OpenError *error);
    // Connects to a database on a PostgreSQL server and brings its schema up to date (an empty
    // database gets the whole schema). An empty password leaves it to libpq (PGPASSWORD,
    // ~/.pgpass). Messages name the database, host and user, never the password.
    static std::unique_ptr<Database> openServer(const ServerAddress &address,
                                                const QString &password, OpenError *error);
    static int latestSchemaVersion();
    // One more connection to a database this program has already opened (and so checked and
    // migrated), for use in the thread that calls this: background counting reads through it.
    static std::unique_ptr<Database> openAnotherConnection(const Database &opened);
    // What another connection needs to know of this one: taken here, it lets another thread
    // connect later without reading this object (which may be gone by then).
    struct Opened
    {
        QString location;
        Backend backend = Backend::Sqlite;
        std::optional<ServerAddress> server;
        QString password;
        int schemaVersion = 0;
        bool readOnly = false;
        // Shared, so that every connection to one database reads the same facts once.
        std::shared_ptr<ExchangeFactsCache> exchangeFacts;
    };
    Opened opened() const;
    static std::unique_ptr<Database> openAnotherConnection(const Opened &opened);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // For the stores only: views and models go through them.
    QSqlDatabase connection() const;
    // The file's path, or the server's URL (without a password).
    QString location() const { return m_location; }
    Backend backend() const { return m_backend; }
    // Whether the connection still answers (a server's may be lost: the network, a restart,
    // an administrator ending it).
    bool isConnected() const;
    // Connects to the server again after the connection was lost; false when it cannot yet.
    // What a lost connection was writing was rolled back by the server: nothing half-written.
    bool reconnect() const;
    // For titles and captions: the file's name, or the database's name on its server.
    QString shownName() const;
    int schemaVersion() const { return m_schemaVersion; }
    // Changes whenever a change to the database is committed, through this connection or any
    // other (and may change without one): whether what was read earlier may be out of date.
    // Throws StorageError.
    QString changeStamp() const;
    // What the charts count exchanges from in memory, shared by every connection this program
    // has opened to the database.
    ExchangeFactsCache &exchangeFacts() const { return *m_exchangeFacts; }
    // True when the server lets this role read the records but not change them (SQLite files
    // are opened only when they can be written).
    bool isReadOnly() const { return m_readOnly; }
    // True when this open created the schema: the database holds no records yet.
    bool isNew() const { return m_isNew; }
    // The backup taken before this open migrated the file; empty when none was needed.
    QString backupPath() const { return m_backupPath; }

private:
    Database(const QString &connectionName, const QString &location, Backend backend);
    enum class PageCache { Window, Counting };
    void configureSqlite(PageCache cache = PageCache::Window);
    void configurePostgreSql();
    // The statements that set up each PostgreSQL session.
    static QStringList postgreSqlSession();
    void backUpTo(const QString &backupPath);

    QString m_connectionName;
    QString m_location;
    Backend m_backend = Backend::Sqlite;
    std::optional<ServerAddress> m_server;
    QString m_password; // for more connections to the same server; shown nowhere
    int m_schemaVersion = 0;
    bool m_isNew = false;
    bool m_readOnly = false;
    QString m_backupPath;
    std::shared_ptr<ExchangeFactsCache> m_exchangeFacts;
};
