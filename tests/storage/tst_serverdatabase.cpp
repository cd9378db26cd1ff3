// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/database.h"
#include "app/storage/migrator.h"
#include "app/domain/serveraddress.h"
#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using Kind = Database::OpenError::Kind;

// A database on a PostgreSQL server (run only when ctest is given one): an empty database gets
// the whole schema; a database of another program or of a newer Bridges is refused and left as
// it was; the password shows nowhere; a commit on another connection moves the change stamp.
class TestServerDatabase : public QObject
{
    Q_OBJECT
private slots:
    void createsTheSchemaOnAnEmptyDatabase();
    void refusesAnotherProgramsDatabase();
    void refusesANewerSchema();
    void neverShowsThePassword();
    void anotherConnectionsCommitMovesTheStamp();

private:
    // The fresh database's address and password.
    static ServerAddress address(const QString &url, QString *password)
    {
        return *ServerAddress::fromUrl(url, nullptr, password);
    }
    static std::unique_ptr<Database> open(const QString &url, Database::OpenError *error)
    {
        QString password;
        const ServerAddress where = address(url, &password);
        return Database::openServer(where, password, error);
    }
    // Runs a statement on the database through a connection of its own.
    static void runDirectly(const QString &url, const QString &sql)
    {
        QString password;
        const ServerAddress where = address(url, &password);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("direct"));
            db.setHostName(where.host);
            db.setPort(where.port);
            db.setDatabaseName(where.database);
            db.setUserName(where.user);
            db.setPassword(password);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("direct"));
    }
};

void TestServerDatabase::createsTheSchemaOnAnEmptyDatabase()
{
    const QString url = TestSupport::freshServerDatabase();
    Database::OpenError error;
    {
        auto db = open(url, &error);
        QVERIFY2(db, qPrintable(error.message));
        QVERIFY(db->isNew());
        QCOMPARE(db->backend(), Database::Backend::PostgreSql);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        const QStringList tables = db->connection().tables();
        for (const char *table :
             {"places", "pairings", "exchanges", "institutions", "sources", "pairing_sources",
              "exchange_pairings", "exchange_places", "exchange_institutions", "exchange_sources",
              "pairing_activity", "exchange_tally", "row_version_counter", "bridges_schema"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);
        // Substring search over names is served by a trigram index.
        QCOMPARE(TestSupport::scalar(*db, QStringLiteral("SELECT count(*) FROM pg_extension "
                                                         "WHERE extname = 'pg_trgm'"))
                     .toInt(),
                 1);
        QCOMPARE(TestSupport::scalar(*db, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE "
                                                         "indexname = 'places_search_key'"))
                     .toInt(),
                 1);
    }
    // Opened again: nothing to do, nothing new.
    auto again = open(url, &error);
    QVERIFY2(again, qPrintable(error.message));
    QVERIFY(!again->isNew());
    QCOMPARE(
        TestSupport::scalar(*again, QStringLiteral("SELECT count(*) FROM bridges_schema")).toInt(),
        Database::latestSchemaVersion());
}

void TestServerDatabase::refusesAnotherProgramsDatabase()
{
    const QString url = TestSupport::freshServerDatabase();
    runDirectly(url, QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"));
    Database::OpenError error;
    QVERIFY(!open(url, &error));
    QCOMPARE(error.kind, Kind::NotBridges);
    QVERIFY2(error.message.contains(address(url, nullptr).database), qPrintable(error.message));
    // Left as it was: no table of Bridges was made beside the other program's.
    runDirectly(url, QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_tables WHERE "
                                    "tablename IN ('bridges_schema', 'places')) THEN RAISE "
                                    "EXCEPTION 'changed'; END IF; END $$"));
}

void TestServerDatabase::refusesANewerSchema()
{
    const QString url = TestSupport::freshServerDatabase();
    Database::OpenError error;
    QVERIFY2(open(url, &error), qPrintable(error.message));
    runDirectly(url, QStringLiteral("INSERT INTO bridges_schema (version, applied_at) VALUES "
                                    "(%1, 'later')")
                         .arg(Database::latestSchemaVersion() + 1));
    QVERIFY(!open(url, &error));
    QCOMPARE(error.kind, Kind::TooNew);
    QVERIFY2(error.message.contains(QStringLiteral("newer version")), qPrintable(error.message));
}

void TestServerDatabase::neverShowsThePassword()
{
    const QString url = TestSupport::freshServerDatabase();
    QString password;
    const ServerAddress where = address(url, &password);
    const QString wrong = QStringLiteral("not-the-Pa55word");
    Database::OpenError error;
    QVERIFY(!Database::openServer(where, wrong, &error));
    QCOMPARE(error.kind, Kind::CannotOpen);
    QVERIFY2(error.message.contains(where.database) && error.message.contains(where.host),
             qPrintable(error.message));
    QVERIFY2(!error.message.contains(wrong), qPrintable(error.message));
    auto db = Database::openServer(where, password, &error);
    QVERIFY2(db, qPrintable(error.message));
    QVERIFY(!db->location().contains(QLatin1Char(':') + password + QLatin1Char('@')));
    QCOMPARE(db->location(), where.url());
}

void TestServerDatabase::anotherConnectionsCommitMovesTheStamp()
{
    const QString url = TestSupport::freshServerDatabase();
    Database::OpenError error;
    auto mine = open(url, &error);
    QVERIFY2(mine, qPrintable(error.message));
    auto theirs = open(url, &error);
    QVERIFY2(theirs, qPrintable(error.message));
    const QString before = mine->changeStamp();
    QCOMPARE(mine->changeStamp(), before); // reading changes nothing
    TestSupport::execute(*theirs, QStringLiteral("INSERT INTO sources (title) VALUES ('A note')"));
    QVERIFY(mine->changeStamp() != before);
}

QTEST_MAIN(TestServerDatabase)
#include "tst_serverdatabase.moc"
