// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/database.h"

#include "app/storage/databaseinspection.h"
#include "app/storage/exchangefactscache.h"
#include "app/storage/migrator.h"
#include "app/storage/sqlquery.h"
#include "app/storage/storageerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace {
using Kind = Database::OpenError::Kind;

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

const QString sqliteDialect = QStringLiteral("sqlite");
const QString postgreSqlDialect = QStringLiteral("postgresql");

// A connection to the server, opened; on failure removed again, with the driver's reason.
bool connectToServer(const QString &name, const ServerAddress &address, const QString &password,
                     QString *reason)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setDatabaseName(address.database);
        db.setUserName(address.user);
        if (!password.isEmpty())
            db.setPassword(password);
        // A network that drops packets is noticed within seconds rather than minutes: the
        // keepalives while idle, the user timeout while a statement's answer is awaited.
        db.setConnectOptions(QStringLiteral("sslmode=%1;connect_timeout=10;keepalives_idle=10;"
                                            "keepalives_interval=3;keepalives_count=3;"
                                            "tcp_user_timeout=10000;application_name=Bridges")
                                 .arg(ServerAddress::tlsName(address.tls)));
        if (db.open())
            return true;
        *reason = db.lastError().text().trimmed();
        if (!password.isEmpty())
            reason->replace(password, QStringLiteral("…"));
    }
    QSqlDatabase::removeDatabase(name);
    return false;
}

std::unique_ptr<Database> fail(Database::OpenError *error, Kind kind, const QString &message)
{
    if (error)
        *error = {kind, message};
    return nullptr;
}

// Owner write permission, not access(2): to root every file looks writable.
bool fileIsReadOnly(const QFileInfo &info)
{
    return !info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner);
}

QString backupPathFor(const QString &path, int version)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return QStringLiteral("%1.v%2-%3.backup").arg(path).arg(version).arg(stamp);
}
} // namespace

int Database::latestSchemaVersion()
{
    // The scripts are compiled in; no connection is needed to count them.
    return Migrator(QSqlDatabase(), sqliteDialect).latestVersion();
}

std::unique_ptr<Database> Database::openFile(const QString &path, OpenError *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const DatabaseInspection inspection = DatabaseInspection::inspectSqliteFile(path);
    switch (inspection.verdict) {
    case DatabaseInspection::Verdict::NotSqlite:
        return fail(error, Kind::NotADatabase,
                    tr("%1 is not a Bridges database: it is not a SQLite database file at all. "
                       "It was left unchanged.")
                        .arg(shown));
    case DatabaseInspection::Verdict::NotBridges:
        return fail(error, Kind::NotBridges,
                    tr("%1 is a SQLite database of another program, not a Bridges database. "
                       "It was left unchanged.")
                        .arg(shown));
    case DatabaseInspection::Verdict::Corrupt:
        return fail(error, Kind::Corrupt,
                    tr("%1 is damaged and cannot be read (%2). It was left unchanged; restore it "
                       "from a backup.")
                        .arg(shown, inspection.detail));
    case DatabaseInspection::Verdict::Unreadable:
        return fail(error, Kind::CannotOpen,
                    tr("%1 cannot be read: %2").arg(shown, inspection.detail));
    case DatabaseInspection::Verdict::Bridges:
        if (inspection.schemaVersion > latestSchemaVersion()) {
            return fail(error, Kind::TooNew,
                        tr("%1 was written by a newer version of Bridges (database version %2; "
                           "this program reads up to version %3). Update Bridges to open it. "
                           "It was left unchanged.")
                            .arg(shown)
                            .arg(inspection.schemaVersion)
                            .arg(latestSchemaVersion()));
        }
        break;
    case DatabaseInspection::Verdict::Missing:
    case DatabaseInspection::Verdict::Empty:
        break;
    }

    const QFileInfo info(path);
    if (info.exists() && fileIsReadOnly(info)) {
        return fail(error, Kind::ReadOnly,
                    tr("%1 is read-only, and Bridges needs to write to its database. Make the "
                       "file writable, or open a copy of it. It was left unchanged.")
                        .arg(shown));
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir()) {
        return fail(error, Kind::CannotOpen,
                    tr("Cannot create %1: the folder %2 does not exist.")
                        .arg(shown, QDir::toNativeSeparators(folder.filePath())));
    }
    if (fileIsReadOnly(folder)) {
        return fail(error, Kind::ReadOnly,
                    tr("The folder of %1 is read-only, and Bridges needs to keep its journal "
                       "beside the database. Nothing was changed.")
                        .arg(shown));
    }

    const QString name = QStringLiteral("bridges-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            const QString reason = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return fail(error, Kind::CannotOpen, tr("Cannot open %1: %2").arg(shown, reason));
        }
    }
    std::unique_ptr<Database> database(new Database(name, path, Backend::Sqlite));
    try {
        database->configureSqlite();
        Migrator migrator(database->connection(), sqliteDialect);
        const int before = inspection.schemaVersion;
        if (before > 0 && before < migrator.latestVersion())
            database->backUpTo(backupPathFor(path, before));
        migrator.migrate();
        database->m_schemaVersion = migrator.currentVersion();
        database->m_isNew = before == 0;
    } catch (const StorageError &e) {
        return fail(
            error, Kind::MigrationFailed,
            tr("Cannot prepare %1 for this version of Bridges: %2").arg(shown, e.message()));
    }
    if (error)
        *error = {};
    return database;
}

std::unique_ptr<Database> Database::openServer(const ServerAddress &address,
                                               const QString &password, OpenError *error)
{
    const QString shown = address.shown();
    const QString name = QStringLiteral("bridges-") + QUuid::createUuid().toString();
    QString reason;
    if (!connectToServer(name, address, password, &reason))
        return fail(error, Kind::CannotOpen, tr("Cannot connect to %1: %2").arg(shown, reason));
    std::unique_ptr<Database> database(new Database(name, address.url(), Backend::PostgreSql));
    database->m_server = address;
    database->m_password = password;
    try {
        database->configurePostgreSql();
        const QSqlDatabase db = database->connection();
        Migrator migrator(db, postgreSqlDialect);
        const int before = migrator.currentVersion();
        if (before == 0 && !db.tables().isEmpty()) {
            return fail(error, Kind::NotBridges,
                        tr("The database %1 holds tables of another program, not a Bridges "
                           "database. It was left unchanged.")
                            .arg(shown));
        }
        if (before > migrator.latestVersion()) {
            return fail(error, Kind::TooNew,
                        tr("The database %1 was written by a newer version of Bridges "
                           "(database version %2; this program reads up to version %3). "
                           "Update Bridges to open it. It was left unchanged.")
                            .arg(shown)
                            .arg(before)
                            .arg(migrator.latestVersion()));
        }
        migrator.migrate();
        database->m_schemaVersion = migrator.currentVersion();
        database->m_isNew = before == 0;
        // A role that may not change the records (one for readers, say) gets a program that
        // only shows them.
        QSqlQuery rights = Sql::run(
            db,
            QStringLiteral("SELECT bool_and(has_table_privilege(t, p)) FROM unnest(ARRAY["
                           "'places', 'pairings', 'exchanges', 'sources', 'exchange_pairings', "
                           "'row_version_counter']) AS t, unnest(ARRAY['INSERT', 'UPDATE', "
                           "'DELETE']) AS p"),
            {});
        database->m_readOnly = !(rights.next() && rights.value(0).toBool());
    } catch (const StorageError &e) {
        return fail(
            error, Kind::MigrationFailed,
            tr("Cannot prepare %1 for this version of Bridges: %2").arg(shown, e.message()));
    }
    if (error)
        *error = {};
    return database;
}

std::unique_ptr<Database> Database::openAnotherConnection(const Database &opened)
{
    return openAnotherConnection(opened.opened());
}

Database::Opened Database::opened() const
{
    return {m_location,      m_backend,  m_server,       m_password,
            m_schemaVersion, m_readOnly, m_exchangeFacts};
}

std::unique_ptr<Database> Database::openAnotherConnection(const Opened &opened)
{
    const QString name = QStringLiteral("bridges-") + QUuid::createUuid().toString();
    if (opened.server) {
        QString reason;
        if (!connectToServer(name, *opened.server, opened.password, &reason))
            return nullptr;
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(opened.location);
        if (!db.open()) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return nullptr;
        }
    }
    std::unique_ptr<Database> database(new Database(name, opened.location, opened.backend));
    database->m_server = opened.server;
    database->m_password = opened.password;
    if (opened.exchangeFacts)
        database->m_exchangeFacts = opened.exchangeFacts;
    try {
        if (opened.server)
            database->configurePostgreSql();
        else
            database->configureSqlite(PageCache::Counting);
    } catch (const StorageError &) {
        return nullptr;
    }
    database->m_schemaVersion = opened.schemaVersion;
    database->m_readOnly = opened.readOnly;
    return database;
}

Database::Database(const QString &connectionName, const QString &location, Backend backend)
    : m_connectionName(connectionName), m_location(location), m_backend(backend),
      m_exchangeFacts(std::make_shared<ExchangeFactsCache>())
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isConnected() const
{
    QSqlQuery probe(connection());
    return probe.exec(QStringLiteral("SELECT 1"));
}

bool Database::reconnect() const
{
    if (m_backend != Backend::PostgreSql)
        return isConnected();
    QSqlDatabase db = connection();
    db.close();
    if (!db.open())
        return false;
    for (const QString &setting : postgreSqlSession()) {
        QSqlQuery set(db);
        if (!set.exec(setting))
            return false;
    }
    return true;
}

QString Database::shownName() const
{
    return m_server ? m_server->database : QFileInfo(m_location).fileName();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::configureSqlite(PageCache cache)
{
    const QSqlDatabase db = connection();
    Sql::execDirect(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    Sql::execDirect(db, QStringLiteral("PRAGMA busy_timeout = 5000"));
    Sql::execDirect(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    // In WAL mode NORMAL keeps every commit across a killed program; only a power cut may lose
    // the last few, and never corrupts the file.
    Sql::execDirect(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    // 32 MiB of pages for the window's connection (the default is 2 MiB): an import of a
    // hundred thousand rows writes its pages once, at commit, rather than spilling them as it
    // goes, and the first rows under a filter on pairings, read through the exchanges' dates,
    // find their pages again (their p95 at a million exchanges: 35 ms; with 8 MiB, 58 ms). The
    // connections that only count read through 2 MiB: the pages they scan once are in the
    // system's file cache anyway, and each holding 32 MiB of them made a third of the
    // program's memory at a million exchanges.
    Sql::execDirect(db, cache == PageCache::Window ? QStringLiteral("PRAGMA cache_size = -32768")
                                                   : QStringLiteral("PRAGMA cache_size = -2048"));
}

QStringList Database::postgreSqlSession()
{
    return {
        // The server's notices (a table that exists already, say) are not for the user.
        QStringLiteral("SET client_min_messages = warning"),
        // This program asks for a screenful at a time, walking an index until it has one.
        // Parallel workers each walk ahead and are gathered after: on the synthetic million
        // exchanges, the exchanges of California took 840 ms so and 38 ms without.
        QStringLiteral("SET max_parallel_workers_per_gather = 0"),
        // Compiling a query costs 100-150 ms, which its quick run never wins back.
        QStringLiteral("SET jit = off"),
    };
}

void Database::configurePostgreSql()
{
    const QSqlDatabase db = connection();
    for (const QString &setting : postgreSqlSession())
        Sql::execDirect(db, setting);
}

void Database::backUpTo(const QString &backupPath)
{
    // VACUUM INTO writes a consistent copy, including what is still in the WAL file.
    QSqlQuery query = Sql::prepare(connection(), QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(backupPath);
    Sql::exec(query);
    m_backupPath = backupPath;
}

QString Database::changeStamp() const
{
    const QSqlDatabase db = connection();
    if (m_backend == Backend::PostgreSql) {
        // Every statement that changes a table takes a number from this sequence (migration
        // 007), whichever connection runs it; a sequence is read outside transactions.
        QSqlQuery changes =
            Sql::run(db, QStringLiteral("SELECT last_value, is_called FROM bridges_changes"), {});
        return changes.next() ? QStringLiteral("%1/%2")
                                    .arg(changes.value(0).toLongLong())
                                    .arg(changes.value(1).toBool())
                              : QStringLiteral("-1");
    }
    // data_version moves when another connection commits; total_changes() counts every row
    // this connection has changed, even in a transaction rolled back.
    QSqlQuery others = Sql::run(db, QStringLiteral("PRAGMA data_version"), {});
    QSqlQuery own = Sql::run(db, QStringLiteral("SELECT total_changes()"), {});
    return QStringLiteral("%1/%2")
        .arg(others.next() ? others.value(0).toLongLong() : -1)
        .arg(own.next() ? own.value(0).toLongLong() : -1);
}
