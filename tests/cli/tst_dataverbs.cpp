// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/completeness.h"
#include "app/io/databaseopener.h"
#include "app/storage/database.h"
#include "tests/support/bridgesprocess.h"
#include "tests/support/gapsql.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// `bridges check`, `bridges export` and `bridges import`, run as a script runs them: with no
// display, on files in a temporary folder. If these broke, a nightly job would report a sound
// file as broken (or a broken one as sound), export rows the filter leaves out or in the wrong
// shape, accept a wrong command line, or write into a database it was told only to try.
class TestDataVerbs : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void checkReportsCountsAndGaps();
    void checkFindsABrokenReference();
    void exportKeepsThePairingsWithAGap();
    void exportWritesWhatTheFilterKeeps();
    void exportedJsonHasOneObjectPerRecord();
    void wholeDatabaseGoesOutAndBackIn();
    void dryRunWritesNothing();
    void pairingsFileImportedIntoTheDatabaseInUse();
    void mergedImportFillsInWhatTheDatabaseLacks();
    void pairingsFileWithProblemsChangesNothing();
    void neitherCheckNorAFailedImportLeavesAFile();
    void mistakesAreReported_data();
    void mistakesAreReported();

private:
    BridgesProcess::Result run(const QStringList &arguments) const
    {
        return BridgesProcess::run(arguments, *m_home);
    }
    QString path(const QString &name) const { return m_home->filePath(name); }
    int sql(const QString &query) const { return TestSupport::scalar(*m_db, query).toInt(); }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<Database> m_db;
    QString m_dbPath;
};

void TestDataVerbs::init()
{
    m_db.reset();
    m_home = std::make_unique<QTemporaryDir>();
    m_db = TestSupport::createWithShippedData(*m_home, QStringLiteral("records.sqlite"));
    m_dbPath = path(QStringLiteral("records.sqlite"));
}

void TestDataVerbs::checkReportsCountsAndGaps()
{
    const auto result = run({QStringLiteral("check"), QStringLiteral("--db"), m_dbPath});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QStringLiteral("Integrity: ok\n")));
    QVERIFY(result.out.contains(QStringLiteral("References: ok\n")));
    QVERIFY(result.out.contains(QStringLiteral("Search index: ok\n")));
    QVERIFY(result.out.contains(
        QStringLiteral("Schema version: %1").arg(Database::latestSchemaVersion())));
    QVERIFY2(result.out.contains(
                 QStringLiteral("Pairings: %1 (%2 without a known year)")
                     .arg(sql(QStringLiteral("SELECT count(*) FROM pairings")))
                     .arg(sql(QStringLiteral("SELECT count(*) FROM pairings WHERE established "
                                             "IS NULL")))),
             qPrintable(result.out));
    QVERIFY(result.out.contains(
        QStringLiteral("Places: %1 (%2 without coordinates)")
            .arg(sql(QStringLiteral("SELECT count(*) FROM places")))
            .arg(sql(QStringLiteral("SELECT count(*) FROM places WHERE latitude IS NULL")))));
    // What the Completeness tab counts, one line each, with the counts a second SQL makes.
    const int pairings = sql(QStringLiteral("SELECT count(*) FROM pairings"));
    QList<Filter> gaps;
    for (const QString &gap : Completeness::gapKeys())
        gaps << TestSupport::gapFilter(gap);
    Filter noStatus;
    noStatus.status = Filter::unknownStatus();
    gaps << noStatus;
    for (const Filter &gap : std::as_const(gaps)) {
        const QString line =
            Completeness::text({gap, sql(TestSupport::countOfPairingsWithGap(gap))}, pairings);
        QVERIFY2(result.out.contains(QStringLiteral("\n  %1\n").arg(line)), qPrintable(line));
    }
}

void TestDataVerbs::exportKeepsThePairingsWithAGap()
{
    const QString out = path(QStringLiteral("no-coordinates.csv"));
    const auto result =
        run({QStringLiteral("export"), QStringLiteral("--what"), QStringLiteral("pairings"),
             QStringLiteral("--out"), out, QStringLiteral("--db"), m_dbPath,
             QStringLiteral("--gap"), QStringLiteral("no-coordinates")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const int expected = sql(TestSupport::countOfPairingsWithGap(
        TestSupport::gapFilter(QStringLiteral("no-coordinates"))));
    QVERIFY(expected > 0);
    QCOMPARE(result.out, QStringLiteral("%1 pairings written to %2\n").arg(expected).arg(out));
}

void TestDataVerbs::checkFindsABrokenReference()
{
    m_db.reset();
    {
        // Written past the program, with references unchecked, as a faulty tool might.
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(m_dbPath);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO pairing_sources VALUES (1, 99999)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const auto result = run({QStringLiteral("check"), QStringLiteral("--db"), m_dbPath});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QStringLiteral("References: 1 rows refer to a missing row")),
             qPrintable(result.out));
    QVERIFY(result.err.contains(QStringLiteral("faults")));
}

void TestDataVerbs::exportWritesWhatTheFilterKeeps()
{
    const QString out = path(QStringLiteral("jiangsu.csv"));
    const auto result =
        run({QStringLiteral("export"), QStringLiteral("--what"), QStringLiteral("pairings"),
             QStringLiteral("--out"), out, QStringLiteral("--db"), m_dbPath,
             QStringLiteral("--province"), QStringLiteral("CN-JS"), QStringLiteral("--level"),
             QStringLiteral("city")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const int expected = sql(QStringLiteral(
        "SELECT count(*) FROM pairings p JOIN places c ON c.id = p.chinese_place_id JOIN places "
        "r ON r.id = c.parent_id WHERE r.region_code = 'CN-JS' AND p.level = 'city'"));
    QVERIFY(expected > 1);
    QCOMPARE(result.out, QStringLiteral("%1 pairings written to %2\n").arg(expected).arg(out));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.first().startsWith("id,level,relation,cn_name_en,cn_name_zh,cn_province_en"));
    // The header, a line per pairing (no note here spans lines), and the empty end.
    QCOMPARE(lines.size(), expected + 2);
    for (qsizetype i = 1; i <= expected; ++i)
        QVERIFY2(lines.at(i).contains(",city,") && lines.at(i).contains(",Jiangsu,"),
                 lines.at(i).constData());
}

void TestDataVerbs::exportedJsonHasOneObjectPerRecord()
{
    const QString out = path(QStringLiteral("art.json"));
    const auto result =
        run({QStringLiteral("export"), QStringLiteral("--what"), QStringLiteral("exchanges"),
             QStringLiteral("--out"), out, QStringLiteral("--db"), m_dbPath,
             QStringLiteral("--field"), QStringLiteral("art")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(rows.size(),
             sql(QStringLiteral("SELECT count(*) FROM exchanges WHERE field = 'art'")));
    for (const QJsonValue &row : rows) {
        const QJsonObject exchange = row.toObject();
        QCOMPARE(exchange.value(QStringLiteral("field")).toString(), QStringLiteral("art"));
        QVERIFY(exchange.value(QStringLiteral("id")).isDouble());
        QVERIFY(!exchange.value(QStringLiteral("title")).toString().isEmpty());
        // An unknown date is null, never a made-up one.
        const QJsonValue date = exchange.value(QStringLiteral("date"));
        QVERIFY(date.isNull() || date.toString().size() >= 4);
    }
}

void TestDataVerbs::wholeDatabaseGoesOutAndBackIn()
{
    const QString out = path(QStringLiteral("all.json"));
    auto result = run({QStringLiteral("export"), QStringLiteral("--what"), QStringLiteral("all"),
                       QStringLiteral("--out"), out, QStringLiteral("--db"), m_dbPath});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString copy = path(QStringLiteral("copy.sqlite"));
    result = run({QStringLiteral("import"), out, QStringLiteral("--db"), copy});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QStringLiteral("rows loaded into")));
    QString error;
    const std::unique_ptr<Database> loaded = DatabaseOpener::open(copy, &error);
    QVERIFY2(loaded, qPrintable(error));
    for (const char *table : {"places", "pairings", "exchanges", "exchange_pairings", "sources"}) {
        const QString count = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
        QCOMPARE(TestSupport::scalar(*loaded, count).toInt(), sql(count));
    }
    // Into a database with records it is refused, and that database is left alone.
    const QByteArray before = TestSupport::digest(copy);
    result = run({QStringLiteral("import"), out, QStringLiteral("--db"), copy});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QStringLiteral("only into an empty one")));
    QCOMPARE(TestSupport::digest(copy), before);
}

void TestDataVerbs::dryRunWritesNothing()
{
    const QString out = path(QStringLiteral("all.json"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--what"), QStringLiteral("all"),
                  QStringLiteral("--out"), out, QStringLiteral("--db"), m_dbPath})
                 .exitCode,
             0);
    const QString target = path(QStringLiteral("never.sqlite"));
    const auto result = run({QStringLiteral("import"), out, QStringLiteral("--db"), target,
                             QStringLiteral("--dry-run")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QStringLiteral("would be loaded; nothing was written")));
    QVERIFY(!QFile::exists(target));
}

void TestDataVerbs::pairingsFileImportedIntoTheDatabaseInUse()
{
    const QString file = TestSupport::dataFile(QStringLiteral("import-pairings.csv"));
    // Compared as content: the program checkpoints the write-ahead log into the file when it
    // closes, which changes the file's bytes but not what it holds.
    const QString before = TestSupport::dump(*m_db);
    auto result = run({QStringLiteral("import"), file, QStringLiteral("--db"), m_dbPath,
                       QStringLiteral("--dry-run")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out,
             QStringLiteral("import-pairings.csv: 2 new pairings, 2 new places, 1 new sources; "
                            "held already: line 4, left out. Nothing was written (dry run).\n"));
    // Where the file gives Nanjing other coordinates than the database, it is told.
    QVERIFY2(result.err.contains(QStringLiteral("line 3, field cn_lat: the database has")),
             qPrintable(result.err));
    QCOMPARE(TestSupport::dump(*m_db), before);
    const int pairings = sql(QStringLiteral("SELECT count(*) FROM pairings"));
    m_db.reset(); // as another program would find the file
    result = run({QStringLiteral("import"), file, QStringLiteral("--db"), m_dbPath});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QStringLiteral("Imported into")));
    QString error;
    m_db = DatabaseOpener::open(m_dbPath, &error);
    QVERIFY2(m_db, qPrintable(error));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pairings")), pairings + 2);
    // Again: everything is there already.
    result = run({QStringLiteral("import"), file, QStringLiteral("--db"), m_dbPath});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("Nothing new to import")));
}

// With --merge, the places the database holds without coordinates take the file's; those with
// coordinates keep theirs.
void TestDataVerbs::mergedImportFillsInWhatTheDatabaseLacks()
{
    const QString nanjing =
        TestSupport::scalar(*m_db,
                            QStringLiteral("SELECT latitude FROM places WHERE name_en = 'Nanjing'"))
            .toString();
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM places WHERE name_en = 'Alhambra' AND "
                                "latitude IS NULL")),
             1);
    m_db.reset();
    const auto result =
        run({QStringLiteral("import"), TestSupport::dataFile(QStringLiteral("import-pairings.csv")),
             QStringLiteral("--db"), m_dbPath, QStringLiteral("--merge")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("Imported into")), qPrintable(result.out));
    QString error;
    m_db = DatabaseOpener::open(m_dbPath, &error);
    QVERIFY2(m_db, qPrintable(error));
    QCOMPARE(TestSupport::scalar(*m_db, QStringLiteral("SELECT latitude || ' ' || longitude FROM "
                                                       "places WHERE name_en = 'Alhambra'"))
                 .toString(),
             QStringLiteral("34.09 -118.13"));
    QCOMPARE(TestSupport::scalar(
                 *m_db, QStringLiteral("SELECT latitude FROM places WHERE name_en = 'Nanjing'"))
                 .toString(),
             nanjing);
}

void TestDataVerbs::pairingsFileWithProblemsChangesNothing()
{
    const QString before = TestSupport::dump(*m_db);
    const auto result = run({QStringLiteral("import"),
                             TestSupport::dataFile(QStringLiteral("bad/pairings-problems.csv")),
                             QStringLiteral("--db"), m_dbPath});
    QCOMPARE(result.exitCode, 1);
    const QStringList lines = result.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6); // five rows, and the verdict
    QVERIFY2(lines.first().contains(QStringLiteral("line 2, field established")),
             qPrintable(lines.first()));
    QVERIFY(lines.last().contains(QStringLiteral("nothing was imported: 5 rows have problems")));
    QCOMPARE(TestSupport::dump(*m_db), before);
}

// A mistyped name is not made into a database, and a failed load leaves no empty one behind.
void TestDataVerbs::neitherCheckNorAFailedImportLeavesAFile()
{
    const QString typo = path(QStringLiteral("recrods.sqlite"));
    auto result = run({QStringLiteral("check"), QStringLiteral("--db"), typo});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("there is no file")), qPrintable(result.err));
    QVERIFY(!QFile::exists(typo));
    const QString bad = path(QStringLiteral("bad.json"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"bridges-database\", \"schema\": 99, \"tables\": {}}");
    }
    const QString target = path(QStringLiteral("new.sqlite"));
    result = run({QStringLiteral("import"), bad, QStringLiteral("--db"), target});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("schema version 99")), qPrintable(result.err));
    QVERIFY(!QFile::exists(target));
}

void TestDataVerbs::mistakesAreReported_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("what unknown") << QStringList{QStringLiteral("export"), QStringLiteral("--what"),
                                                 QStringLiteral("cities"), QStringLiteral("--out"),
                                                 QStringLiteral("x.csv")}
                                  << 2 << "--what: “cities”";
    QTest::newRow("no out") << QStringList{QStringLiteral("export"), QStringLiteral("--what"),
                                           QStringLiteral("pairings")}
                            << 2 << "--out";
    QTest::newRow("format from suffix")
        << QStringList{QStringLiteral("export"), QStringLiteral("--what"),
                       QStringLiteral("pairings"), QStringLiteral("--out"),
                       QStringLiteral("x.xlsx")}
        << 2 << "does not end in .csv or .json";
    QTest::newRow("all as csv") << QStringList{QStringLiteral("export"), QStringLiteral("--what"),
                                               QStringLiteral("all"), QStringLiteral("--out"),
                                               QStringLiteral("x.csv")}
                                << 2 << "whole database as JSON";
    QTest::newRow("bad filter") << QStringList{QStringLiteral("export"),
                                               QStringLiteral("--what"),
                                               QStringLiteral("pairings"),
                                               QStringLiteral("--out"),
                                               QStringLiteral("x.csv"),
                                               QStringLiteral("--field"),
                                               QStringLiteral("music")}
                                << 2 << "--field: “music”";
    QTest::newRow("import nothing")
        << QStringList{QStringLiteral("import")} << 2 << "name one file";
    QTest::newRow("import missing file")
        << QStringList{QStringLiteral("import"), QStringLiteral("no-such.json")} << 1
        << "cannot read";
    QTest::newRow("check extra") << QStringList{QStringLiteral("check"), QStringLiteral("x")} << 2
                                 << "unexpected argument";
}

void TestDataVerbs::mistakesAreReported()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    arguments << QStringLiteral("--db") << m_dbPath;
    const QByteArray before = TestSupport::digest(m_dbPath);
    const auto result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(TestSupport::digest(m_dbPath), before);
}

QTEST_GUILESS_MAIN(TestDataVerbs)
#include "tst_dataverbs.moc"
