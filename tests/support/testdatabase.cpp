// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testdatabase.h"

#include "app/io/bundleddataset.h"
#include "app/io/databaseopener.h"
#include "app/storage/database.h"
#include "app/storage/filtersql.h"
#include "app/storage/sqlquery.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUrl>

namespace TestSupport {

namespace {
// Set (by ctest, for the tests run a second time on PostgreSQL) to a server database this
// role may connect to and create databases from: the test's databases are made there, each
// dropped and made again when a test asks for it.
QString serverUrl()
{
    return qEnvironmentVariable("BRIDGES_TEST_POSTGRESQL");
}

// The server's databases this test program made, and the connection that makes and drops them.
struct ServerDatabases
{
    std::optional<ServerAddress> server;
    QString password;
    QStringList made;
    int count = 0;
};

ServerDatabases &serverDatabases()
{
    static ServerDatabases databases;
    return databases;
}

QString prefix()
{
    QString name = QStringLiteral("bridges_test_%1_").arg(QCoreApplication::applicationName());
    return name.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")),
                                  QStringLiteral("_"));
}

QSqlQuery adminRun(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("bridges-test-admin")));
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query;
}

// A statement that may fail (a database still in use is not dropped).
bool adminTry(const QString &sql)
{
    return QSqlQuery(QSqlDatabase::database(QStringLiteral("bridges-test-admin"))).exec(sql);
}

// Every database this program made is dropped as it ends.
void dropAll()
{
    for (const QString &name : std::as_const(serverDatabases().made))
        adminTry(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    serverDatabases().made.clear();
}

} // namespace

// A fresh, empty database on the server, named for the test program and numbered. Those made
// before and no longer open are dropped; the first call drops what an earlier run left.
QString freshServerDatabase()
{
    ServerDatabases &databases = serverDatabases();
    if (!databases.server) {
        QString error;
        databases.server = ServerAddress::fromUrl(serverUrl(), &error, &databases.password);
        if (!databases.server)
            qFatal("BRIDGES_TEST_POSTGRESQL: %s", qPrintable(error));
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"),
                                                       QStringLiteral("bridges-test-admin"));
        admin.setHostName(databases.server->host);
        admin.setPort(databases.server->port);
        admin.setDatabaseName(databases.server->database);
        admin.setUserName(databases.server->user);
        admin.setPassword(databases.password);
        if (!admin.open())
            qFatal("cannot reach the test server: %s", qPrintable(admin.lastError().text()));
        QSqlQuery left =
            adminRun(QStringLiteral("SELECT datname FROM pg_database WHERE datname LIKE '%1%%'")
                         .arg(prefix()));
        while (left.next())
            databases.made << left.value(0).toString();
        dropAll();
        qAddPostRoutine(dropAll);
    }
    // (Asked first: the server waits seconds before refusing to drop one in use.)
    QSqlQuery open = adminRun(QStringLiteral("SELECT DISTINCT datname FROM pg_stat_activity"));
    QStringList inUse;
    while (open.next())
        inUse << open.value(0).toString();
    QStringList kept;
    for (const QString &name : std::as_const(databases.made)) {
        if (inUse.contains(name) ||
            !adminTry(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name)))
            kept << name;
    }
    databases.made = kept;
    const QString name = prefix() + QString::number(++databases.count);
    adminRun(QStringLiteral("CREATE DATABASE %1").arg(name));
    databases.made << name;
    ServerAddress address = *databases.server;
    address.database = name;
    QUrl url(address.url());
    url.setPassword(databases.password);
    return url.toString();
}

namespace {
std::unique_ptr<Database> create(const QTemporaryDir &dir, const QString &name,
                                 DatabaseOpener::Contents contents)
{
    QString error;
    std::unique_ptr<Database> database;
    if (onServer()) {
        database = DatabaseOpener::open(freshServerDatabase(), &error, contents);
    } else if (contents == DatabaseOpener::Contents::Empty) {
        Database::OpenError openError;
        database = Database::openFile(dir.filePath(name), &openError);
        error = openError.message;
    } else {
        database = DatabaseOpener::open(dir.filePath(name), &error, contents);
    }
    if (!database)
        qFatal("cannot create a test database: %s", qPrintable(error));
    return database;
}
} // namespace

bool onServer()
{
    return !serverUrl().isEmpty();
}

std::unique_ptr<Database> createEmpty(const QTemporaryDir &dir, const QString &name)
{
    return create(dir, name, DatabaseOpener::Contents::Empty);
}

std::unique_ptr<Database> createWithShippedData(const QTemporaryDir &dir, const QString &name)
{
    return create(dir, name, DatabaseOpener::Contents::ShippedData);
}

QString readerAddress(const Database &owner, const QString &url)
{
    execute(owner,
            QStringLiteral("DO $$ BEGIN CREATE ROLE bridges_reader LOGIN PASSWORD "
                           "'reads-only'; EXCEPTION WHEN duplicate_object THEN NULL; END $$"));
    execute(owner, QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO bridges_reader"));
    execute(owner,
            QStringLiteral("GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO bridges_reader"));
    QUrl reader(url);
    reader.setUserName(QStringLiteral("bridges_reader"));
    reader.setPassword(QStringLiteral("reads-only"));
    return reader.toString();
}

std::unique_ptr<Database> createWithFirstEdition(const QTemporaryDir &dir, const QString &name)
{
    std::unique_ptr<Database> database = createEmpty(dir, name);
    BundledDataset::load(*database, *DataEdition::named(DataEdition::first()));
    return database;
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QVariant scalar(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        qFatal("test query failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.value(0);
}

QString rows(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql))
        qFatal("test query failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    QStringList lines;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << query.value(i).toString();
        lines << values.join(QLatin1Char('|'));
    }
    return lines.join(QLatin1Char('\n'));
}

QString keptTally(const Database &database)
{
    return rows(database, QStringLiteral("SELECT year, field, mode, exchanges FROM exchange_tally "
                                         "ORDER BY year, field, mode"));
}

QString countedTally(const Database &database)
{
    return rows(database, QStringLiteral("SELECT coalesce(CAST(substr(date, 1, 4) AS INTEGER), 0) "
                                         "AS y, field, mode, count(*) FROM exchanges GROUP BY y, "
                                         "field, mode ORDER BY y, field, mode"));
}

QString keptActivity(const Database &database)
{
    return rows(database, QStringLiteral("SELECT facet, value, pairing_id, exchanges FROM "
                                         "pairing_activity ORDER BY 1, 2, 3"));
}

QString countedActivity(const Database &database)
{
    return rows(
        database,
        QStringLiteral(
            "SELECT * FROM (SELECT 'field', e.field, ep.pairing_id, count(*) FROM "
            "exchange_pairings "
            "ep JOIN exchanges e ON e.id = ep.exchange_id GROUP BY 2, 3 UNION ALL SELECT 'mode', "
            "e.mode, ep.pairing_id, count(*) FROM exchange_pairings ep JOIN exchanges e ON e.id = "
            "ep.exchange_id GROUP BY 2, 3 UNION ALL SELECT 'year', substr(e.date, 1, 4), "
            "ep.pairing_id, count(*) FROM exchange_pairings ep JOIN exchanges e ON e.id = "
            "ep.exchange_id WHERE e.date IS NOT NULL GROUP BY 2, 3) AS counted ORDER BY 1, 2, 3"));
}

void execute(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql))
        qFatal("test statement failed: %s: %s", qPrintable(sql),
               qPrintable(query.lastError().text()));
}

int exchangesFound(const Database &database, const QString &word)
{
    QSqlQuery query = Sql::run(database.connection(),
                               QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM "
                                              "exchanges_search WHERE exchanges_search MATCH ?) "
                                              "AS found"),
                               {FilterSql::textQuery(word)});
    return query.next() ? query.value(0).toInt() : -1;
}

qint64 pairingId(const Database &database, const QString &chinese, const QString &us)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT p.id FROM pairings p JOIN places c ON c.id = "
                                 "p.chinese_place_id JOIN places u ON u.id = p.us_place_id WHERE "
                                 "c.name_en = ? AND u.name_en = ?"));
    query.addBindValue(chinese);
    query.addBindValue(us);
    if (!query.exec())
        qFatal("%s", qPrintable(query.lastError().text()));
    return query.next() ? query.value(0).toLongLong() : 0;
}

QString dump(const Database &database)
{
    // Left out: the counters that only go up (the ids and row versions given), which undo
    // rightly does not wind back, and the stamp that marks every change to the exchanges
    // (a new one for each, never an earlier one again).
    QStringList lines;
    QSqlQuery tables(database.connection());
    if (database.backend() == Database::Backend::PostgreSql) {
        // The search vector is a column the server computes from the exchange's own.
        tables.exec(
            QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                           "table_schema = 'public' AND table_type = 'BASE TABLE' AND "
                           "table_name NOT IN ('row_version_counter', 'exchange_facts_stamp') "
                           "ORDER BY 1"));
    } else {
        // The full-text index is checked against its table rather than listed: FTS5 fails
        // this command when the two disagree.
        execute(database, QStringLiteral("INSERT INTO exchanges_search(exchanges_search) "
                                         "VALUES('integrity-check')"));
        tables.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND "
            "name NOT LIKE 'exchanges_search_%' AND name NOT IN ('row_version_counter', "
            "'exchange_facts_stamp') ORDER BY name"));
    }
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(database.connection());
        if (!rows.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            qFatal("%s", qPrintable(table));
        QStringList tableLines;
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values << (rows.value(i).isNull() ? QStringLiteral("∅") : rows.value(i).toString());
            tableLines << table + QLatin1Char('|') + values.join(QLatin1Char('|'));
        }
        tableLines.sort();
        lines << tableLines;
    }
    return lines.join(QLatin1Char('\n'));
}

QString dataFile(const QString &name)
{
    return QDir(QStringLiteral(BRIDGES_TEST_DATA)).filePath(name);
}

} // namespace TestSupport
