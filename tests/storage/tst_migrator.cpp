// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/migrator.h"
#include "app/storage/storageerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The numbered schema scripts run in order, each recorded, each in one transaction.
class TestMigrator : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void splitsStatementsKeepingTriggersWhole();
    void migratesStepByStep();
    void migrationIsRepeatable();

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

void TestMigrator::init()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migrator"));
    m_db.setDatabaseName(m_dir.filePath(QStringLiteral("m.sqlite")));
    QVERIFY(m_db.open());
}

void TestMigrator::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("migrator"));
    QFile::remove(m_dir.filePath(QStringLiteral("m.sqlite")));
}

void TestMigrator::splitsStatementsKeepingTriggersWhole()
{
    const QString script = QStringLiteral("-- a comment; with a semicolon\n"
                                          "CREATE TABLE a (x TEXT);\n"
                                          "\n"
                                          "CREATE TRIGGER a_log AFTER INSERT ON a BEGIN\n"
                                          "    INSERT INTO b VALUES (new.x);\n"
                                          "    UPDATE c SET n = n + 1;\n"
                                          "END;\n"
                                          "CREATE INDEX a_x\n"
                                          "    ON a (x);\n");
    const QStringList statements = Migrator::splitStatements(script);
    QCOMPARE(statements.size(), 3);
    QVERIFY(statements.at(0).startsWith(QStringLiteral("CREATE TABLE a")));
    QVERIFY(statements.at(1).contains(QStringLiteral("UPDATE c SET n = n + 1;")));
    QVERIFY(statements.at(1).endsWith(QStringLiteral("END;")));
    QVERIFY(statements.at(2).contains(QStringLiteral("ON a (x);")));
}

void TestMigrator::migratesStepByStep()
{
    Migrator migrator(m_db, QStringLiteral("sqlite"));
    QVERIFY(migrator.latestVersion() >= 2);
    QCOMPARE(migrator.currentVersion(), 0);

    migrator.migrate(1);
    QCOMPARE(migrator.currentVersion(), 1);
    QVERIFY(m_db.tables().contains(QStringLiteral("pairings")));
    QVERIFY(!m_db.tables().contains(QStringLiteral("exchanges")));

    migrator.migrate();
    QCOMPARE(migrator.currentVersion(), migrator.latestVersion());
    QVERIFY(m_db.tables().contains(QStringLiteral("exchanges")));
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM bridges_schema")) && query.next());
    QCOMPARE(query.value(0).toInt(), migrator.latestVersion());
}

void TestMigrator::migrationIsRepeatable()
{
    Migrator migrator(m_db, QStringLiteral("sqlite"));
    migrator.migrate();
    migrator.migrate(); // nothing left to do: no error, no second record
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM bridges_schema")) && query.next());
    QCOMPARE(query.value(0).toInt(), migrator.latestVersion());
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
