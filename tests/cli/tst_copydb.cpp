// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/databaseopener.h"
#include "app/storage/database.h"
#include "app/storage/recordtables.h"
#include "tests/support/bridgesprocess.h"
#include "tests/support/testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

// `bridges copy-db`: the shipped database from a local file to a team's server and back again
// (when ctest gives a server; otherwise to another file and back). Every record arrives with
// its id and version, the derived tables are made again (equal to counting the records
// themselves), the counts are told, and a database that holds records already, or a copy that
// fails part way, leaves the target as it was.
class TestCopyDb : public QObject
{
    Q_OBJECT
private slots:
    void toTheServerAndBackGivesTheSameRecords();
    void refusesADatabaseThatHoldsRecords();
    void aFailedCopyLeavesTheTargetAsItWas_data();
    void aFailedCopyLeavesTheTargetAsItWas();

private:
    BridgesProcess::Result run(const QStringList &arguments) const
    {
        return BridgesProcess::run(arguments, m_home);
    }
    // Every row of every table people fill, as text; numbers as numbers, so that a SQLite REAL
    // and a PostgreSQL double precision of the same value read the same.
    static QString records(const QString &where)
    {
        const auto database = opened(where);
        QStringList lines;
        for (const QString &table : RecordTables::names()) {
            lines << table + QLatin1Char(':') +
                         RecordTables::columnsOf(*database, table).join(QLatin1Char(','));
            RecordTables::eachRow(*database, table, [&](const QVariantList &row) {
                QStringList values;
                for (const QVariant &value : row) {
                    if (value.isNull())
                        values << QStringLiteral("∅");
                    else if (value.typeId() == QMetaType::Double)
                        values << QString::number(value.toDouble(), 'g', 15);
                    else
                        values << value.toString();
                }
                lines << values.join(QLatin1Char('|'));
            });
        }
        return lines.join(QLatin1Char('\n'));
    }
    // The tallies the schema keeps equal what counting the records gives.
    static void verifyDerivedTables(const Database &database)
    {
        const QString tally = TestSupport::keptTally(database);
        QVERIFY(!tally.isEmpty());
        QCOMPARE(tally, TestSupport::countedTally(database));
        const QString activity = TestSupport::keptActivity(database);
        QVERIFY(!activity.isEmpty());
        QCOMPARE(activity, TestSupport::countedActivity(database));
    }
    // The schema as the database describes it: every index's, constraint's and trigger's
    // definition, and whether each trigger is on.
    static QString schema(const Database &database)
    {
        const QString sql =
            database.backend() == Database::Backend::PostgreSql
                ? QStringLiteral("SELECT indexdef FROM pg_indexes WHERE schemaname = "
                                 "current_schema() UNION ALL SELECT tgname || ' ' || "
                                 "CAST(tgenabled AS text) || "
                                 "' ' || pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT "
                                 "tgisinternal UNION ALL SELECT conname || ' ' || "
                                 "pg_get_constraintdef(oid) FROM pg_constraint WHERE "
                                 "connamespace = CAST(current_schema() AS regnamespace) ORDER BY 1")
                : QStringLiteral("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM "
                                 "sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY 1");
        return TestSupport::rows(database, sql);
    }
    // Every row of every table, the derived ones too, and the schema.
    static QString everything(const QString &where)
    {
        const auto database = opened(where);
        return schema(*database) + QLatin1Char('\n') + TestSupport::dump(*database);
    }
    // A new database on the server, or the address of a new file.
    QString middle(const QString &name = QStringLiteral("middle")) const
    {
        return TestSupport::onServer() ? TestSupport::freshServerDatabase()
                                       : m_home.filePath(name + QStringLiteral(".sqlite"));
    }
    static QString schemaAt(const QString &where) { return schema(*opened(where)); }
    static std::unique_ptr<Database> opened(const QString &where)
    {
        QString error;
        auto database = DatabaseOpener::open(where, &error, DatabaseOpener::Contents::Empty);
        if (!database)
            qFatal("%s", qPrintable(error));
        return database;
    }

    QTemporaryDir m_home;
};

void TestCopyDb::toTheServerAndBackGivesTheSameRecords()
{
    const QString original = m_home.filePath(QStringLiteral("original.sqlite"));
    QString error;
    int pairings = 0;
    {
        const auto shipped = DatabaseOpener::open(original, &error); // the shipped data
        QVERIFY2(shipped, qPrintable(error));
        pairings =
            TestSupport::scalar(*shipped, QStringLiteral("SELECT count(*) FROM pairings")).toInt();
    }
    const QString there = middle();
    auto result = run({QStringLiteral("copy-db"), QStringLiteral("--from"), original,
                       QStringLiteral("--to"), there});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("%1 pairings").arg(pairings)),
             qPrintable(result.out));
    // The edition the database holds, and the official totals, go with it.
    QVERIFY2(result.out.contains(QStringLiteral("1 data_edition")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("5 official_counts")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("counted the same on both sides")));
    // The password given in the address is not repeated.
    QVERIFY(!result.out.contains(QStringLiteral(":bridges_test@")));

    // Whatever the copy set aside while it ran is back as the schema has it. (The copy is held
    // open meanwhile, or the server database made for the comparison would take its place.)
    {
        const auto copied = opened(there);
        QCOMPARE(schema(*copied), schemaAt(middle(QStringLiteral("fresh"))));
    }

    const QString back = m_home.filePath(QStringLiteral("back.sqlite"));
    result = run(
        {QStringLiteral("copy-db"), QStringLiteral("--from"), there, QStringLiteral("--to"), back});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));

    const QString originalRecords = records(original);
    QVERIFY(originalRecords.count(QLatin1Char('\n')) > 1000);
    QCOMPARE(records(there), originalRecords);
    QCOMPARE(records(back), originalRecords);
    // What the copies derive for themselves agrees: the check finds nothing wrong, and the
    // search finds the same exchanges.
    for (const QString &copy : {there, back}) {
        result = run({QStringLiteral("check"), QStringLiteral("--db"), copy});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
        auto database = DatabaseOpener::open(copy, &error);
        QVERIFY2(database, qPrintable(error));
        QVERIFY(TestSupport::exchangesFound(*database, QStringLiteral("masks")) > 0);
        verifyDerivedTables(*database);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(TestSupport::scalar(*database, QStringLiteral("SELECT sum(exchanges) FROM "
                                                               "exchange_tally"))
                     .toInt(),
                 TestSupport::scalar(*database, QStringLiteral("SELECT count(*) FROM exchanges"))
                     .toInt());
    }
}

void TestCopyDb::refusesADatabaseThatHoldsRecords()
{
    const QString original = m_home.filePath(QStringLiteral("one.sqlite"));
    const QString other = m_home.filePath(QStringLiteral("two.sqlite"));
    QString error;
    QVERIFY2(DatabaseOpener::open(original, &error), qPrintable(error));
    QVERIFY2(DatabaseOpener::open(other, &error), qPrintable(error));
    const QString before = records(other);
    const auto result = run({QStringLiteral("copy-db"), QStringLiteral("--from"), original,
                             QStringLiteral("--to"), other});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("holds records already")), qPrintable(result.err));
    QCOMPARE(records(other), before);
}

void TestCopyDb::aFailedCopyLeavesTheTargetAsItWas_data()
{
    QTest::addColumn<QString>("fault");
    // Refused as it is written, after thousands of rows have gone in.
    QTest::newRow("a row the target refuses")
        << QStringLiteral("UPDATE exchanges SET field = 'nonsense' WHERE id = (SELECT max(id) "
                          "FROM exchanges)");
    // Refused only when the copy is committed, after the derived tables are made.
    QTest::newRow("a reference to nothing")
        << QStringLiteral("INSERT INTO exchange_pairings (exchange_id, pairing_id) SELECT "
                          "max(id), 999999 FROM exchanges");
}

void TestCopyDb::aFailedCopyLeavesTheTargetAsItWas()
{
    QFETCH(QString, fault);
    const QString original = m_home.filePath(
        QStringLiteral("faulty-%1.sqlite").arg(QString::fromUtf8(QTest::currentDataTag())));
    QString error;
    {
        const auto shipped = DatabaseOpener::open(original, &error);
        QVERIFY2(shipped, qPrintable(error));
        // Faults no Bridges would write, made behind the checks' back.
        TestSupport::execute(*shipped, QStringLiteral("PRAGMA ignore_check_constraints = ON"));
        TestSupport::execute(*shipped, QStringLiteral("PRAGMA foreign_keys = OFF"));
        TestSupport::execute(*shipped, fault);
    }
    const QString there =
        middle(QStringLiteral("target-%1").arg(QString::fromUtf8(QTest::currentDataTag())));
    const QString before = everything(there);
    const auto result = run({QStringLiteral("copy-db"), QStringLiteral("--from"), original,
                             QStringLiteral("--to"), there});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(!result.err.isEmpty() && !result.err.contains(QStringLiteral("holds records")),
             qPrintable(result.err));
    QCOMPARE(everything(there), before);
}

QTEST_MAIN(TestCopyDb)
#include "tst_copydb.moc"
