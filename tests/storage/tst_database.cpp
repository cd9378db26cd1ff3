// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/database.h"
#include "app/storage/migrator.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Kind = Database::OpenError::Kind;

// Opening files: new ones are created at the latest schema; old ones are migrated after a
// backup; files Bridges cannot use are refused with a message and left byte for byte as they were.
class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void createsNewFileAtLatestVersion();
    void reopensWithoutRecreating();
    void migratesOlderFileAfterBackup();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesMissingFolder();

private:
    void writeFile(const QString &path, const QByteArray &bytes);
    QString makeForeignSqlite(const QString &path);
};

void TestDatabase::writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void TestDatabase::createsNewFileAtLatestVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    Database::OpenError error;
    auto db = Database::openFile(path, &error);
    QVERIFY2(db, qPrintable(error.message));
    QVERIFY(db->isNew());
    QVERIFY(Database::latestSchemaVersion() >= 2);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(db->backupPath().isEmpty());
    QCOMPARE(TestSupport::scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    QCOMPARE(TestSupport::scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    const QStringList tables = db->connection().tables();
    for (const char *table :
         {"places", "pairings", "exchanges", "institutions", "sources", "pairing_sources",
          "exchange_pairings", "exchange_places", "exchange_institutions", "exchange_sources"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
}

void TestDatabase::reopensWithoutRecreating()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("again.sqlite"));
    {
        auto db = TestSupport::createEmpty(dir, QStringLiteral("again.sqlite"));
        QSqlQuery insert(db->connection());
        QVERIFY(insert.exec(
            QStringLiteral("INSERT INTO places (name_en, country_code) VALUES ('Nanjing', 'CN')")));
    }
    Database::OpenError error;
    auto db = Database::openFile(path, &error);
    QVERIFY2(db, qPrintable(error.message));
    QVERIFY(!db->isNew());
    QCOMPARE(TestSupport::scalar(*db, QStringLiteral("SELECT count(*) FROM places")).toInt(), 1);
}

void TestDatabase::migratesOlderFileAfterBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        // A file as the first released schema left it, with one record in it.
        QSqlDatabase old =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        old.setDatabaseName(path);
        QVERIFY(old.open());
        Migrator(old, QStringLiteral("sqlite")).migrate(1);
        QSqlQuery insert(old);
        QVERIFY(insert.exec(
            QStringLiteral("INSERT INTO places (name_en, country_code) VALUES ('Hubei', 'CN')")));
        old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));

    Database::OpenError error;
    auto db = Database::openFile(path, &error);
    QVERIFY2(db, qPrintable(error.message));
    QVERIFY(!db->isNew());
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(db->connection().tables().contains(QStringLiteral("exchanges")));
    QCOMPARE(TestSupport::scalar(*db, QStringLiteral("SELECT name_en FROM places")).toString(),
             QStringLiteral("Hubei"));

    // The backup beside it holds the file as it was: version 1, the same record.
    const QString backup = db->backupPath();
    QVERIFY(!backup.isEmpty());
    QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(path).absolutePath());
    QVERIFY(QFileInfo(backup).fileName().startsWith(QStringLiteral("old.sqlite.v1-")));
    {
        QSqlDatabase copy =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
        copy.setDatabaseName(backup);
        QVERIFY(copy.open());
        QSqlQuery query(copy);
        QVERIFY(query.exec(QStringLiteral("SELECT max(version) FROM bridges_schema")) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("SELECT name_en FROM places")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Hubei"));
        QVERIFY(!copy.tables().contains(QStringLiteral("exchanges")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("copy"));
}

QString TestDatabase::makeForeignSqlite(const QString &path)
{
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        if (other.open()) {
            QSqlQuery query(other);
            query.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)"));
            query.exec(QStringLiteral("INSERT INTO recipes VALUES ('dumplings')"));
        }
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    return path;
}

void TestDatabase::refusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("wording");
    QTest::newRow("text file") << "text" << int(Kind::NotADatabase) << "not a SQLite";
    QTest::newRow("another program's database")
        << "foreign" << int(Kind::NotBridges) << "another program";
    QTest::newRow("newer Bridges") << "newer" << int(Kind::TooNew) << "newer version";
    QTest::newRow("read-only") << "readonly" << int(Kind::ReadOnly) << "read-only";
    QTest::newRow("truncated") << "truncated" << int(Kind::Corrupt) << "damaged";
    QTest::newRow("damaged pages") << "garbled" << int(Kind::Corrupt) << "damaged";
}

void TestDatabase::refusesBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(int, expected);
    QFETCH(QString, wording);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.sqlite"));

    if (kind == QLatin1String("text")) {
        writeFile(path, "level,relation\ncity,sister\n");
    } else if (kind == QLatin1String("foreign")) {
        makeForeignSqlite(path);
    } else {
        {
            auto db = TestSupport::createWithShippedData(dir, QStringLiteral("bad.sqlite"));
            if (kind == QLatin1String("newer")) {
                QSqlQuery query(db->connection());
                QVERIFY(query.exec(QStringLiteral(
                    "INSERT INTO bridges_schema VALUES (99, '2030-01-01T00:00:00Z')")));
            }
            QSqlQuery(db->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QFile file(path);
        if (kind == QLatin1String("readonly")) {
            QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                        QFileDevice::ReadOther));
        } else if (kind == QLatin1String("truncated")) {
            QVERIFY(file.resize(file.size() / 2));
        } else if (kind == QLatin1String("garbled")) {
            QVERIFY(file.open(QIODevice::ReadWrite));
            // Overwrite pages 2 to 9 with noise; page 1 (header and table list) stays.
            QVERIFY(file.seek(4096));
            file.write(QByteArray(8 * 4096, '\x5a'));
            file.close();
        }
    }
    const QByteArray before = TestSupport::digest(path);
    QVERIFY(!before.isEmpty());
    const QStringList besideBefore = QDir(dir.path()).entryList(QDir::Files);

    Database::OpenError error;
    auto db = Database::openFile(path, &error);
    QVERIFY(!db);
    QCOMPARE(int(error.kind), expected);
    QVERIFY2(error.message.contains(QDir::toNativeSeparators(path)), qPrintable(error.message));
    QVERIFY2(error.message.contains(wording), qPrintable(error.message));
    QCOMPARE(TestSupport::digest(path), before);
    // Nothing was left beside it either (no -wal or -shm file).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), besideBefore);
}

void TestDatabase::refusesMissingFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/x.sqlite"));
    Database::OpenError error;
    QVERIFY(!Database::openFile(path, &error));
    QCOMPARE(error.kind, Kind::CannotOpen);
    QVERIFY(error.message.contains(QStringLiteral("does not exist")));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
