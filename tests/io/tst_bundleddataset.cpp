// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/bundleddataset.h"
#include "app/io/csvreader.h"
#include "app/io/databaseopener.h"
#include "app/io/dataerror.h"
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The first start: the shipped CSV files land whole in a new database, unknown values stay
// unknown, and a bad row is reported by file, line and field with nothing written.
class TestBundledDataset : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyRowLands();
    void unknownValuesStayUnknown();
    void nanjingStLouis();
    void hubeiOhioIsAProvinceStatePair();
    void exchangesLinkToTheirPairings();
    void theLatestEditionLandsWithItsIds();
    void zhejiangNewJerseyFieldByField();
    void officialTotalsLandWithTheirSources();
    void badRowIsReportedAndNothingIsWritten_data();
    void badRowIsReportedAndNothingIsWritten();
    void defaultLocationIsCreatedOnFirstRun();
    void anUnfinishedFirstLoadIsFinished();

private:
    static CsvReader shipped(const QString &name);
    int count(const QString &sql) const { return TestSupport::scalar(*m_db, sql).toInt(); }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

CsvReader TestBundledDataset::shipped(const QString &name)
{
    QFile file(QStringLiteral(BRIDGES_SOURCE_DIR "/resources/data/editions/2026-12/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return CsvReader(file.readAll(), name);
}

void TestBundledDataset::initTestCase()
{
    m_db = TestSupport::createWithShippedData(m_dir);
}

void TestBundledDataset::everyRowLands()
{
    const CsvReader pairings = shipped(QStringLiteral("pairings.csv"));
    const CsvReader events = shipped(QStringLiteral("events.csv"));
    QFile regionsFile(QStringLiteral(BRIDGES_SOURCE_DIR "/resources/data/regions.csv"));
    QVERIFY(regionsFile.open(QIODevice::ReadOnly));
    const CsvReader regions(regionsFile.readAll(), QStringLiteral("regions.csv"));
    QVERIFY(pairings.rowCount() > 150);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pairings")), pairings.rowCount());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exchanges")), events.rowCount());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM places WHERE region_code IS NOT NULL")),
             regions.rowCount());
    // Each distinct URL in the files is one source (a cell may give several, with spaces).
    QSet<QString> urls;
    for (const CsvReader *csv : {&pairings, &events}) {
        for (int row = 0; row < csv->rowCount(); ++row) {
            for (const QString &url : csv->value(row, QStringLiteral("source_url"))
                                          .split(QLatin1Char(' '), Qt::SkipEmptyParts))
                urls << url;
        }
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sources WHERE url IS NOT NULL")),
             int(urls.size()));
    // (A PostgreSQL server refuses a broken reference when it is written.)
    if (!TestSupport::onServer())
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
}

void TestBundledDataset::unknownValuesStayUnknown()
{
    const CsvReader pairings = shipped(QStringLiteral("pairings.csv"));
    int noYear = 0;
    int noChineseCoordinates = 0;
    int noUsCoordinates = 0;
    for (int row = 0; row < pairings.rowCount(); ++row) {
        noYear += pairings.value(row, QStringLiteral("established")).isEmpty();
        noChineseCoordinates += pairings.value(row, QStringLiteral("cn_lat")).isEmpty();
        noUsCoordinates += pairings.value(row, QStringLiteral("us_lat")).isEmpty();
    }
    QVERIFY(noYear > 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pairings WHERE established IS NULL")),
             noYear);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pairings p JOIN places c "
                                  "ON c.id = p.chinese_place_id WHERE c.latitude IS NULL")),
             noChineseCoordinates);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pairings p JOIN places u "
                                  "ON u.id = p.us_place_id WHERE u.latitude IS NULL")),
             noUsCoordinates);
    // No status is stated by any source, so none is recorded.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pairings WHERE status IS NOT NULL")), 0);
    const CsvReader events = shipped(QStringLiteral("events.csv"));
    int undated = 0;
    for (int row = 0; row < events.rowCount(); ++row)
        undated += events.value(row, QStringLiteral("date")).isEmpty();
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exchanges WHERE date IS NULL")), undated);
}

void TestBundledDataset::nanjingStLouis()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT p.id, p.level, p.relation, p.established, c.name_zh, c.latitude, c.longitude, "
        "pr.name_en, u.latitude, u.longitude, st.region_code "
        "FROM pairings p JOIN places c ON c.id = p.chinese_place_id "
        "JOIN places u ON u.id = p.us_place_id "
        "LEFT JOIN places pr ON pr.id = c.parent_id LEFT JOIN places st ON st.id = u.parent_id "
        "WHERE c.name_en = 'Nanjing' AND u.name_en = 'St. Louis'")));
    QVERIFY(query.next());
    const qint64 id = query.value(0).toLongLong();
    QCOMPARE(query.value(1).toString(), QStringLiteral("city"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("sister"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("1979-11"));
    QCOMPARE(query.value(4).toString(), QStringLiteral("南京"));
    QCOMPARE(query.value(5).toDouble(), 32.0608);
    QCOMPARE(query.value(6).toDouble(), 118.7789);
    QCOMPARE(query.value(7).toString(), QStringLiteral("Jiangsu"));
    QCOMPARE(query.value(8).toDouble(), 38.6272);
    QCOMPARE(query.value(9).toDouble(), -90.1978);
    QCOMPARE(query.value(10).toString(), QStringLiteral("US-MO"));
    QVERIFY(!query.next());

    QVERIFY(query.exec(QStringLiteral("SELECT s.url FROM sources s JOIN pairing_sources ps "
                                      "ON ps.source_id = s.id WHERE ps.pairing_id = %1 "
                                      "AND s.url IS NOT NULL")
                           .arg(id)));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toString().startsWith(QStringLiteral("http://chicago.china-consulate")));
    // Every event row naming both cities belongs to the pairing.
    const CsvReader events = shipped(QStringLiteral("events.csv"));
    int named = 0;
    for (int row = 0; row < events.rowCount(); ++row) {
        named += events.value(row, QStringLiteral("cn_name_en"))
                     .split(QStringLiteral("; "))
                     .contains(QStringLiteral("Nanjing")) &&
                 events.value(row, QStringLiteral("us_name"))
                     .split(QStringLiteral("; "))
                     .contains(QStringLiteral("St. Louis"));
    }
    QVERIFY(named >= 5);
    QCOMPARE(
        count(
            QStringLiteral("SELECT count(*) FROM exchange_pairings WHERE pairing_id = %1").arg(id)),
        named);
}

void TestBundledDataset::hubeiOhioIsAProvinceStatePair()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT p.level, p.established, c.region_code, c.name_zh, u.region_code, c.latitude "
        "FROM pairings p JOIN places c ON c.id = p.chinese_place_id "
        "JOIN places u ON u.id = p.us_place_id WHERE c.name_en = 'Hubei' AND u.name_en = 'Ohio'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("province_state"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("1979"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("CN-HB"));
    QVERIFY(query.value(3).toString().startsWith(QStringLiteral("湖北")));
    QCOMPARE(query.value(4).toString(), QStringLiteral("US-OH"));
    QCOMPARE(query.value(5).toDouble(), 30.593);
}

void TestBundledDataset::exchangesLinkToTheirPairings()
{
    // An exchange naming two pairs (Hebei–Iowa and Zhengding–Muscatine) belongs to both.
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM exchange_pairings ep JOIN exchanges e "
                             "ON e.id = ep.exchange_id WHERE e.title LIKE 'Xi Jinping reunites%'")),
        2);
    // A national conference belongs to no pairing.
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM exchange_pairings ep JOIN exchanges e "
                 "ON e.id = ep.exchange_id WHERE e.title LIKE 'Fifth China-US Sister Cities%'")),
             0);
    QCOMPARE(
        count(QStringLiteral(
            "SELECT count(*) FROM exchange_places ep JOIN exchanges e ON e.id = ep.exchange_id "
            "JOIN places p ON p.id = ep.place_id "
            "WHERE e.title LIKE 'Fifth China-US Sister Cities%' AND p.name_en = 'Suzhou'")),
        1);
}

void TestBundledDataset::theLatestEditionLandsWithItsIds()
{
    // Edition 2026-12, as its SOURCES.md counts it.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pairings")), 219);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pairings WHERE established IS NOT NULL")),
             131);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pairings WHERE level = 'province_state'")),
             29);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pairings WHERE relation = 'friendship'")),
             10);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exchanges")), 262);
    // Every shipped record keeps its id in the edition, once.
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT origin) FROM pairings")), 219);
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT origin) FROM exchanges")), 262);
    QCOMPARE(TestSupport::scalar(*m_db, QStringLiteral("SELECT min(origin) || ' ' || max(origin) "
                                                       "FROM pairings"))
                 .toString(),
             QStringLiteral("p0001 p0219"));
    QCOMPARE(TestSupport::scalar(*m_db, QStringLiteral("SELECT name FROM data_edition")).toString(),
             QStringLiteral("2026-12"));
    // The first pairing of the edition is the first China–US pair of provinces and states.
    QCOMPARE(TestSupport::scalar(*m_db, QStringLiteral("SELECT c.name_en || '–' || u.name_en FROM "
                                                       "pairings p JOIN places c ON c.id = "
                                                       "p.chinese_place_id JOIN places u ON u.id = "
                                                       "p.us_place_id WHERE p.origin = 'p0001'"))
                 .toString(),
             QStringLiteral("Hubei–Ohio"));
}

void TestBundledDataset::zhejiangNewJerseyFieldByField()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT p.origin, p.level, p.relation, p.established, p.status, p.notes, c.name_zh, "
        "c.region_code, c.latitude, c.longitude, u.region_code, u.latitude, u.longitude, u.kind "
        "FROM pairings p JOIN places c ON c.id = p.chinese_place_id "
        "JOIN places u ON u.id = p.us_place_id "
        "WHERE c.name_en = 'Zhejiang' AND u.name_en = 'New Jersey'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("p0184"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("province_state"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("sister"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("1981-05-11"));
    QVERIFY(query.value(4).isNull()); // no source states a status
    QVERIFY(query.value(5).toString().contains(QStringLiteral("Gov. Byrne in May 1981")));
    QVERIFY(query.value(6).toString().startsWith(QStringLiteral("浙江")));
    QCOMPARE(query.value(7).toString(), QStringLiteral("CN-ZJ"));
    // The province and state themselves, the ones the map outlines: their places are the
    // regions, which keep the coordinates the row gives (its capitals, approximately).
    QCOMPARE(query.value(10).toString(), QStringLiteral("US-NJ"));
    QCOMPARE(query.value(13).toString(), QStringLiteral("province_state"));
    QVERIFY(!query.next());
    QCOMPARE(TestSupport::scalar(
                 *m_db, QStringLiteral("SELECT s.url FROM sources s JOIN pairing_sources ps ON "
                                       "ps.source_id = s.id JOIN pairings p ON p.id = "
                                       "ps.pairing_id WHERE p.origin = 'p0184'"))
                 .toString(),
             QStringLiteral("http://subsites.chinadaily.com.cn/ezhejiang/2020-10/30/c_558359.htm"));
    // Its exchanges: the 25th anniversary visit of 2006 among them.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM exchange_pairings ep JOIN pairings p ON "
                                 "p.id = ep.pairing_id JOIN exchanges e ON e.id = ep.exchange_id "
                                 "WHERE p.origin = 'p0184' AND e.origin = 'e0177'")) == 1);
}

void TestBundledDataset::officialTotalsLandWithTheirSources()
{
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM official_counts")), 5);
    QCOMPARE(count(QStringLiteral("SELECT max(total) FROM official_counts")), 288);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT date, total, province_state, city, source_url "
                                      "FROM official_counts WHERE date = '2022-04'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toInt(), 284);
    QCOMPARE(query.value(2).toInt(), 50);
    QCOMPARE(query.value(3).toInt(), 234);
    QCOMPARE(query.value(4).toString(), QStringLiteral("https://mongoltime.com/?p=462"));
    // A split no source gives stays unknown.
    QVERIFY(query.exec(QStringLiteral("SELECT province_state, city FROM official_counts "
                                      "WHERE date = '2025-10'")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).isNull());
    QVERIFY(query.value(1).isNull());
}

void TestBundledDataset::badRowIsReportedAndNothingIsWritten_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("where");
    QTest::newRow("impossible date") << "pairings-bad-date.csv"
                                     << "pairings-bad-date.csv, line 3, field established";
    QTest::newRow("latitude 200") << "pairings-bad-latitude.csv"
                                  << "pairings-bad-latitude.csv, line 2, field cn_lat";
    QTest::newRow("unknown level") << "pairings-bad-level.csv"
                                   << "pairings-bad-level.csv, line 2, field level";
    QTest::newRow("unknown state") << "pairings-bad-state.csv"
                                   << "pairings-bad-state.csv, line 2, field us_state";
    QTest::newRow("same pairing twice") << "pairings-duplicate.csv"
                                        << "pairings-duplicate.csv, line 3, field us_name";
}

void TestBundledDataset::badRowIsReportedAndNothingIsWritten()
{
    QFETCH(QString, file);
    QFETCH(QString, where);
    QTemporaryDir dir;
    auto db = TestSupport::createEmpty(dir);
    const QString data = QStringLiteral(BRIDGES_SOURCE_DIR "/resources/data/");
    try {
        BundledDataset::load(*db,
                             {QString(), TestSupport::dataFile(file),
                              data + QStringLiteral("editions/2026-12/events.csv"), QString()},
                             data + QStringLiteral("regions.csv"));
        QFAIL("the bad row was accepted");
    } catch (const DataError &e) {
        QVERIFY2(e.message().startsWith(where), qPrintable(e.message()));
    }
    for (const char *table : {"places", "pairings", "exchanges", "sources"}) {
        QCOMPARE(TestSupport::scalar(
                     *db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                     .toInt(),
                 0);
    }
}

void TestBundledDataset::defaultLocationIsCreatedOnFirstRun()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = DatabaseOpener::defaultPath();
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QFile::remove(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString error;
    {
        auto db = DatabaseOpener::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(TestSupport::scalar(*db, QStringLiteral("SELECT count(*) FROM pairings")).toInt() >
                0);
    }
    // The second start opens what the first created, and loads nothing again.
    auto again = DatabaseOpener::open(path, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(TestSupport::scalar(*again, QStringLiteral("SELECT count(*) FROM pairings")).toInt(),
             count(QStringLiteral("SELECT count(*) FROM pairings")));
    again.reset();
    QFile::remove(path);
}

void TestBundledDataset::anUnfinishedFirstLoadIsFinished()
{
    // A first start stopped after the schema was made and before the data landed.
    QTemporaryDir dir;
    TestSupport::createEmpty(dir, QStringLiteral("cut.sqlite"));
    QString error;
    auto db = DatabaseOpener::open(dir.filePath(QStringLiteral("cut.sqlite")), &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(TestSupport::scalar(*db, QStringLiteral("SELECT count(*) FROM pairings")).toInt(),
             count(QStringLiteral("SELECT count(*) FROM pairings")));
}

QTEST_GUILESS_MAIN(TestBundledDataset)
#include "tst_bundleddataset.moc"
