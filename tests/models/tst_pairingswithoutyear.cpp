// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/pairingswithoutyear.h"
#include "app/models/recordcounter.h"
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// How many pairings a span of established years hides only because no source gives their
// year, counted at once and in the background, on either backend: if this broke, the window
// would say nothing, or a wrong number, about the pairings a year filter leaves out.
class TestPairingsWithoutYear : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void noYearsHideNone();
    void countsThoseTheYearsHide_data();
    void countsThoseTheYearsHide();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestPairingsWithoutYear::initTestCase()
{
    m_db = TestSupport::createWithShippedData(m_dir);
}

void TestPairingsWithoutYear::noYearsHideNone()
{
    PairingsWithoutYear model(*m_db);
    Filter filter;
    filter.level = QStringLiteral("city");
    model.setFilter(filter);
    QCOMPARE(model.count(), 0);
}

void TestPairingsWithoutYear::countsThoseTheYearsHide_data()
{
    QTest::addColumn<QVariantMap>("filter"); // Filter::toMap(), with years
    QTest::addColumn<QString>("beside");     // the rest of the filter, as SQL on pairings
    auto with = [](auto set) {
        Filter filter;
        filter.establishedFrom = 1990;
        filter.establishedTo = 2000;
        set(filter);
        return filter.toMap();
    };
    QTest::newRow("years alone") << with([](Filter &) {}) << QStringLiteral("1 = 1");
    QTest::newRow("from a year") << with([](Filter &f) { f.establishedTo = 0; })
                                 << QStringLiteral("1 = 1");
    QTest::newRow("a level") << with([](Filter &f) { f.level = QStringLiteral("province_state"); })
                             << QStringLiteral("level = 'province_state'");
    QTest::newRow("another gap")
        << with([](Filter &f) { f.gap = QStringLiteral("no-coordinates"); })
        << QStringLiteral("chinese_place_id IN (SELECT id FROM places WHERE latitude IS NULL) OR "
                          "us_place_id IN (SELECT id FROM places WHERE latitude IS NULL)");
    QTest::newRow("an exchange field")
        << with([](Filter &f) { f.field = QStringLiteral("education"); })
        << QStringLiteral("id IN (SELECT ep.pairing_id FROM exchange_pairings ep JOIN exchanges e "
                          "ON e.id = ep.exchange_id WHERE e.field = 'education')");
}

void TestPairingsWithoutYear::countsThoseTheYearsHide()
{
    QFETCH(QVariantMap, filter);
    QFETCH(QString, beside);
    const qint64 expected =
        TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM pairings WHERE "
                                                  "established IS NULL AND (%1)")
                                       .arg(beside))
            .toLongLong();
    QVERIFY(expected > 0);

    PairingsWithoutYear atOnce(*m_db);
    atOnce.setFilter(Filter::fromMap(filter));
    QCOMPARE(atOnce.count(), expected);

    RecordCounter counter(*m_db);
    PairingsWithoutYear inBackground(*m_db);
    inBackground.setCounter(&counter);
    QSignalSpy changed(&inBackground, &PairingsWithoutYear::changed);
    inBackground.setFilter(Filter::fromMap(filter));
    QCOMPARE(inBackground.count(), -1); // being counted
    QTRY_COMPARE(inBackground.count(), expected);
    QCOMPARE(changed.count(), 2);
}

QTEST_GUILESS_MAIN(TestPairingsWithoutYear)
#include "tst_pairingswithoutyear.moc"
