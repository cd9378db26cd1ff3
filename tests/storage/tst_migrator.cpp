// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/migrator.h"
#include "app/storage/storageerror.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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
    void splitsStatementsKeepingFunctionBodiesWhole();
    void bothBackendsHaveTheSameVersions();
    void migratesStepByStep();
    void migrationIsRepeatable();
    void rebuildingTablesKeepsEveryRow();
    void deletedIdsAreNotGivenAgain();

private:
    void fillAtVersion5();
    QStringList rows(const QString &table);
    QVariant value(const QString &sql);

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

void TestMigrator::splitsStatementsKeepingFunctionBodiesWhole()
{
    const QString script = QStringLiteral("CREATE FUNCTION f() RETURNS trigger AS $$\n"
                                          "BEGIN\n"
                                          "    PERFORM g();\n"
                                          "\n"
                                          "    RETURN NEW;\n"
                                          "END;\n"
                                          "$$ LANGUAGE plpgsql;\n"
                                          "CREATE TRIGGER t AFTER INSERT ON a\n"
                                          "    FOR EACH ROW EXECUTE FUNCTION f();\n"
                                          "CREATE INDEX a_x ON a (x);\n");
    const QStringList statements = Migrator::splitStatements(script);
    QCOMPARE(statements.size(), 3);
    QVERIFY(statements.at(0).contains(QStringLiteral("RETURN NEW;\nEND;\n$$ LANGUAGE")));
    QVERIFY(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER t")));
    QVERIFY(statements.at(1).endsWith(QStringLiteral("EXECUTE FUNCTION f();")));
    QCOMPARE(statements.at(2), QStringLiteral("CREATE INDEX a_x ON a (x);"));
}

// Each version of the schema is written for SQLite and for PostgreSQL, under the same name, so
// that a database of either backend at version N holds the same tables.
void TestMigrator::bothBackendsHaveTheSameVersions()
{
    const QStringList sqlite =
        QDir(QStringLiteral(":/sql/sqlite")).entryList({QStringLiteral("*.sql")}, QDir::Files);
    const QStringList postgresql =
        QDir(QStringLiteral(":/sql/postgresql")).entryList({QStringLiteral("*.sql")}, QDir::Files);
    QVERIFY(sqlite.size() >= 7);
    QCOMPARE(postgresql, sqlite);
    QCOMPARE(Migrator(QSqlDatabase(), QStringLiteral("postgresql")).latestVersion(),
             Migrator(QSqlDatabase(), QStringLiteral("sqlite")).latestVersion());
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

// Version 5's tables, filled with a little of everything: places at two levels, pairings, an
// exchange with every kind of link, one without a date, versions other than 1.
void TestMigrator::fillAtVersion5()
{
    Migrator(m_db, QStringLiteral("sqlite")).migrate(5);
    const QStringList statements = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("INSERT INTO places (id, name_en, name_zh, kind, country_code, region_code, "
                       "row_version) VALUES (1, 'Jiangsu', '江苏', 'province_state', 'CN', "
                       "'CN-JS', 3), (2, 'Missouri', NULL, 'province_state', 'US', 'US-MO', 1)"),
        QStringLiteral("INSERT INTO places (id, name_en, name_zh, kind, country_code, parent_id, "
                       "latitude, longitude) VALUES (3, 'Nanjing', '南京', 'city', 'CN', 1, 32.06, "
                       "118.8), (4, 'St. Louis', NULL, 'city', 'US', 2, NULL, NULL)"),
        QStringLiteral("INSERT INTO pairings (id, chinese_place_id, us_place_id, relation, level, "
                       "established, row_version) VALUES (1, 1, 2, 'sister', 'province_state', "
                       "NULL, 1), (2, 3, 4, 'sister', 'city', '1979-11', 4)"),
        QStringLiteral("INSERT INTO sources (id, title, url) VALUES (1, 'Press release', "
                       "'https://example.org/a')"),
        QStringLiteral("INSERT INTO pairing_sources VALUES (2, 1)"),
        QStringLiteral("INSERT INTO institutions (id, name_en, kind, place_id) VALUES (1, "
                       "'Nanjing University', 'university', 3)"),
        QStringLiteral("INSERT INTO exchanges (id, date, title, field, mode, description, "
                       "row_version) VALUES (1, '2019-05', 'Choir visit', 'art', 'in_person', "
                       "'A choir sang', 2), (2, NULL, 'Teacher exchange', 'education', "
                       "'online', NULL, 1)"),
        QStringLiteral("INSERT INTO exchange_pairings VALUES (1, 2), (2, 2), (2, 1)"),
        QStringLiteral("INSERT INTO exchange_institutions VALUES (1, 1)"),
        QStringLiteral("INSERT INTO exchange_sources VALUES (1, 1)"),
        QStringLiteral("INSERT INTO exchange_places VALUES (1, 3)"),
    };
    QSqlQuery query(m_db);
    for (const QString &statement : statements)
        QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
}

QStringList TestMigrator::rows(const QString &table)
{
    QStringList result;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
        return {query.lastError().text()};
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << query.record().fieldName(i) + QLatin1Char('=') + query.value(i).toString();
        result << values.join(QLatin1Char(' '));
    }
    result.sort();
    return result;
}

QVariant TestMigrator::value(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql) || !query.next())
        return query.lastError().text();
    return query.value(0);
}

void TestMigrator::rebuildingTablesKeepsEveryRow()
{
    fillAtVersion5();
    const QStringList tables = {QStringLiteral("places"),
                                QStringLiteral("pairings"),
                                QStringLiteral("sources"),
                                QStringLiteral("pairing_sources"),
                                QStringLiteral("institutions"),
                                QStringLiteral("exchanges"),
                                QStringLiteral("exchange_pairings"),
                                QStringLiteral("exchange_institutions"),
                                QStringLiteral("exchange_sources"),
                                QStringLiteral("exchange_places"),
                                QStringLiteral("pairing_activity"),
                                QStringLiteral("exchange_tally")};
    QHash<QString, QStringList> before;
    for (const QString &table : tables)
        before.insert(table, rows(table));
    QCOMPARE(before.value(QStringLiteral("exchange_pairings")).size(), 3);

    Migrator(m_db, QStringLiteral("sqlite")).migrate(7);

    for (const QString &table : tables)
        QCOMPARE(rows(table), before.value(table));
    // 008: made before the data came in editions, it holds the first edition, its records
    // without the ids later editions give them.
    Migrator(m_db, QStringLiteral("sqlite")).migrate();
    QCOMPARE(value(QStringLiteral("SELECT name FROM data_edition")).toString(),
             QStringLiteral("first"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM pairings WHERE origin IS NULL")).toInt(),
             before.value(QStringLiteral("pairings")).size());
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM official_counts")).toInt(), 0);
    // Foreign keys are enforced again, and still refer to the rebuilt tables.
    QCOMPARE(value(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QSqlQuery query(m_db);
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO pairings (chinese_place_id, us_place_id, "
                                       "relation, level) VALUES (3, 99, 'sister', 'city')")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM places WHERE id = 3")));
    // The triggers were made again: the search index, the tallies and the place search key.
    QVERIFY2(query.exec(QStringLiteral("INSERT INTO exchanges_search(exchanges_search) "
                                       "VALUES('integrity-check')")),
             qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("UPDATE exchanges SET title = 'Orchestra visit', "
                                      "field = 'culture' WHERE id = 1")));
    QCOMPARE(value(QStringLiteral("SELECT rowid FROM exchanges_search WHERE exchanges_search "
                                  "MATCH 'orchestra'"))
                 .toInt(),
             1);
    QCOMPARE(value(QStringLiteral("SELECT exchanges FROM exchange_tally WHERE year = 2019 AND "
                                  "field = 'culture'"))
                 .toInt(),
             1);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM pairing_activity WHERE pairing_id = 2 AND "
                                  "facet = 'field' AND value = 'art'"))
                 .toInt(),
             0);
    QVERIFY(query.exec(QStringLiteral("UPDATE places SET name_zh = '金陵' WHERE id = 3")));
    QVERIFY(value(QStringLiteral("SELECT search_key FROM places WHERE id = 3"))
                .toString()
                .contains(QStringLiteral("金陵")));
}

void TestMigrator::deletedIdsAreNotGivenAgain()
{
    fillAtVersion5();
    Migrator(m_db, QStringLiteral("sqlite")).migrate();
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM pairings WHERE id = 2")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO pairings (chinese_place_id, us_place_id, "
                                      "relation, level) VALUES (3, 4, 'sister', 'city')")));
    QCOMPARE(query.lastInsertId().toInt(), 3);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM exchanges WHERE id = 2")));
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO exchanges (title, field, mode) VALUES ('Visit', 'art', 'online')")));
    QCOMPARE(query.lastInsertId().toInt(), 3);
    // Undo puts a deleted record back under its own id.
    QVERIFY(query.exec(QStringLiteral("INSERT INTO exchanges (id, title, field, mode) VALUES (2, "
                                      "'Teacher exchange', 'education', 'online')")));
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
