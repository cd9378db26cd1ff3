// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/completeness.h"
#include "app/models/exchangelistmodel.h"
#include "app/models/pairinglistmodel.h"
#include "app/models/roles.h"
#include "app/models/statisticscounter.h"
#include "app/models/timelineseries.h"
#include "app/storage/database.h"
#include "tests/support/gapsql.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The timeline over the shipped data: every year from 1979 to now present, each bar equal to a
// count written directly in SQL (not through the filter code), records of unknown year counted
// apart, the running total of pairings right, and a chosen pairing shown alone.
class TestTimelineSeries : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void passesTheModelTester();
    void spansEveryYearFrom1979ToNow();
    void countsEqualDirectSql_data();
    void countsEqualDirectSql();
    void searchAgreesWithTheLists();
    void splitsByMode();
    void showsOnePairing();
    void yearSpanCountsTheRestAsLeftOut();
    void countsInTheBackground();
    void carriesTheOfficialTotals();
    void leavesTheOfficialTotalsOutOfAPart();
    void anEditedTotalMovesItsMarker();

private:
    qint64 sql(const QString &query) const
    {
        return TestSupport::scalar(*m_db, query).toLongLong();
    }
    void compareWithSql(const TimelineSeries &model, const QString &exchanges,
                        const QString &pairings);
    // The official totals as the table holds them, read apart from the model: date, total.
    QList<QPair<QString, int>> officialCounts() const;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestTimelineSeries::initTestCase()
{
    m_db = TestSupport::createWithShippedData(m_dir);
    // The fixture must hold what the test is about: records of unknown year on both sides.
    QVERIFY(sql(QStringLiteral("SELECT count(*) FROM pairings WHERE established IS NULL")) > 0);
    // The shipped exchanges all have a date; one more, undated, belongs to Nanjing-St. Louis.
    TestSupport::execute(
        *m_db, QStringLiteral("INSERT INTO exchanges (title, field, mode) VALUES ('Undated visit', "
                              "'culture', 'in_person')"));
    TestSupport::execute(
        *m_db,
        QStringLiteral("INSERT INTO exchange_pairings (exchange_id, pairing_id) SELECT "
                       "(SELECT max(id) FROM exchanges), p.id FROM pairings p JOIN places c ON "
                       "c.id = p.chinese_place_id WHERE c.name_en = 'Nanjing' AND p.level = "
                       "'city' LIMIT 1"));
    QVERIFY(sql(QStringLiteral("SELECT count(*) FROM exchanges WHERE date IS NULL")) > 0);
    // ...and exchanges that belong to several pairings, to be counted once.
    QVERIFY(sql(QStringLiteral("SELECT count(*) FROM (SELECT exchange_id FROM exchange_pairings "
                               "GROUP BY exchange_id HAVING count(*) > 1) AS shared")) > 0);
}

void TestTimelineSeries::passesTheModelTester()
{
    TimelineSeries model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Filter filter;
    filter.field = QStringLiteral("art");
    model.setFilter(filter);
    model.setSplit(TimelineSeries::Split::Mode);
    model.setPairing(1);
    QVERIFY(model.rowCount() > 0);
}

void TestTimelineSeries::spansEveryYearFrom1979ToNow()
{
    TimelineSeries model(*m_db);
    QCOMPARE(model.firstYear(), 1979);
    QCOMPARE(model.lastYear(), std::max(QDate::currentDate().year(),
                                        int(sql(QStringLiteral("SELECT max(substr(date, 1, 4)) "
                                                               "FROM exchanges")))));
    QCOMPARE(model.rowCount(), model.lastYear() - model.firstYear() + 1);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.headerData(row, Qt::Vertical, Roles::KeyRole).toInt(), 1979 + row);
    QCOMPARE(model.headerData(model.establishedColumn(), Qt::Horizontal, Roles::KeyRole),
             QVariant(QStringLiteral("established")));
}

// Every cell, the unknown years and the running total against plain SQL: exchanges and
// pairings are the WHERE conditions that pick the records the filter should keep.
void TestTimelineSeries::compareWithSql(const TimelineSeries &model, const QString &exchanges,
                                        const QString &pairings)
{
    const QString column = model.split() == TimelineSeries::Split::Field ? QStringLiteral("field")
                                                                         : QStringLiteral("mode");
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString year = QString::number(model.yearOfRow(row));
        for (int c = 0; c < model.categoryCount(); ++c) {
            const qint64 expected =
                sql(QStringLiteral("SELECT count(*) FROM exchanges WHERE substr(date, 1, 4) = '%1' "
                                   "AND %2 = '%3' AND (%4)")
                        .arg(year, column, model.categoryKey(c), exchanges));
            QCOMPARE(model.index(row, c).data().toLongLong(), expected);
        }
        const qint64 established = sql(QStringLiteral("SELECT count(*) FROM pairings WHERE "
                                                      "substr(established, 1, 4) = '%1' AND (%2)")
                                           .arg(year, pairings));
        QCOMPARE(model.index(row, model.establishedColumn()).data().toLongLong(), established);
        const qint64 upTo = sql(QStringLiteral("SELECT count(*) FROM pairings WHERE "
                                               "substr(established, 1, 4) <= '%1' AND (%2)")
                                    .arg(year, pairings));
        QCOMPARE(model.index(row, model.cumulativeColumn()).data().toLongLong(), upTo);
    }
    // No category with exchanges is missing from the columns.
    qint64 shown = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int c = 0; c < model.categoryCount(); ++c)
            shown += model.index(row, c).data().toLongLong();
    }
    QCOMPARE(shown, sql(QStringLiteral("SELECT count(*) FROM exchanges WHERE date IS NOT NULL "
                                       "AND (%1)")
                            .arg(exchanges)));
    QCOMPARE(model.exchangesShown(), shown);
    QCOMPARE(model.exchangesOfUnknownYear(),
             sql(QStringLiteral("SELECT count(*) FROM exchanges WHERE date IS NULL AND (%1)")
                     .arg(exchanges)));
    QCOMPARE(model.pairingsOfUnknownYear(),
             sql(QStringLiteral("SELECT count(*) FROM pairings WHERE established IS NULL AND (%1)")
                     .arg(pairings)));
    QCOMPARE(model.exchangesOutsideYears(), 0);
}

void TestTimelineSeries::countsEqualDirectSql_data()
{
    QTest::addColumn<QVariantMap>("filter");
    QTest::addColumn<QString>("exchanges");
    QTest::addColumn<QString>("pairings");

    const QString ofPairings =
        QStringLiteral("id IN (SELECT ep.exchange_id FROM exchange_pairings ep JOIN pairings p "
                       "ON p.id = ep.pairing_id WHERE %1)");
    const QString withExchanges =
        QStringLiteral("id IN (SELECT ep.pairing_id FROM exchange_pairings ep JOIN exchanges e "
                       "ON e.id = ep.exchange_id WHERE %1)");
    auto filter = [](const QString &key, const QVariant &value) {
        Filter f = Filter::fromMap({{key, value}});
        return f.toMap();
    };

    QTest::newRow("no filter") << Filter().toMap() << QStringLiteral("1 = 1")
                               << QStringLiteral("1 = 1");
    QTest::newRow("field") << filter(QStringLiteral("field"), QStringLiteral("culture"))
                           << QStringLiteral("field = 'culture'")
                           << withExchanges.arg(QStringLiteral("e.field = 'culture'"));
    QTest::newRow("mode") << filter(QStringLiteral("mode"), QStringLiteral("online"))
                          << QStringLiteral("mode = 'online'")
                          << withExchanges.arg(QStringLiteral("e.mode = 'online'"));
    Filter covid;
    covid.exchangeFrom = 2019;
    covid.exchangeTo = 2021;
    QTest::newRow("exchange years")
        << covid.toMap() << QStringLiteral("date >= '2019' AND date < '2022'")
        << withExchanges.arg(QStringLiteral("e.date >= '2019' AND e.date < '2022'"));
    Filter onlyTo;
    onlyTo.exchangeTo = 1999;
    QTest::newRow("exchanges up to a year") << onlyTo.toMap() << QStringLiteral("date < '2000'")
                                            << withExchanges.arg(QStringLiteral("e.date < '2000'"));
    QTest::newRow("level") << filter(QStringLiteral("level"), QStringLiteral("province_state"))
                           << ofPairings.arg(QStringLiteral("p.level = 'province_state'"))
                           << QStringLiteral("level = 'province_state'");
    const QString inJiangsu = QStringLiteral(
        "chinese_place_id IN (SELECT id FROM places WHERE region_code = 'CN-JS' OR parent_id = "
        "(SELECT id FROM places WHERE region_code = 'CN-JS'))");
    QString inJiangsuP = inJiangsu;
    inJiangsuP.replace(QStringLiteral("chinese_place_id"), QStringLiteral("p.chinese_place_id"));
    QTest::newRow("province") << filter(QStringLiteral("province"), QStringLiteral("CN-JS"))
                              << ofPairings.arg(inJiangsuP) << inJiangsu;
    // Every pairing is a sister one: an exchange of several pairings must still count once.
    QTest::newRow("relation, shared exchanges")
        << filter(QStringLiteral("relation"), QStringLiteral("sister"))
        << ofPairings.arg(QStringLiteral("p.relation = 'sister'"))
        << QStringLiteral("relation = 'sister'");
    Filter mixed;
    mixed.level = QStringLiteral("city");
    mixed.field = QStringLiteral("art");
    QTest::newRow("level and field")
        << mixed.toMap()
        << QStringLiteral("field = 'art' AND ") + ofPairings.arg(QStringLiteral("p.level = 'city'"))
        << QStringLiteral("level = 'city' AND ") +
               withExchanges.arg(QStringLiteral("e.field = 'art'"));
    // A gap in the pairings' records: the exchanges of the pairings with it.
    for (const QString &gap : Completeness::gapKeys()) {
        const QString ids = TestSupport::pairingsWithGap(TestSupport::gapFilter(gap));
        QTest::newRow(qPrintable(QStringLiteral("gap ") + gap))
            << filter(QStringLiteral("gap"), gap)
            << QStringLiteral("id IN (SELECT exchange_id FROM exchange_pairings WHERE pairing_id "
                              "IN (%1))")
                   .arg(ids)
            << QStringLiteral("id IN (%1)").arg(ids);
    }
}

void TestTimelineSeries::countsEqualDirectSql()
{
    QFETCH(QVariantMap, filter);
    QFETCH(QString, exchanges);
    QFETCH(QString, pairings);
    TimelineSeries model(*m_db);
    model.setFilter(Filter::fromMap(filter));
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    compareWithSql(model, exchanges, pairings);
    model.setSplit(TimelineSeries::Split::Mode);
    compareWithSql(model, exchanges, pairings);
}

// A search matches places and texts in ways plain SQL would only copy; the timeline must keep
// exactly what the lists keep.
void TestTimelineSeries::searchAgreesWithTheLists()
{
    for (const QString &search : {QStringLiteral("nanjing"), QStringLiteral("concert"),
                                  QStringLiteral("xian"), QStringLiteral("no such word")}) {
        Filter filter;
        filter.search = search;
        TimelineSeries model(*m_db);
        model.setFilter(filter);
        ExchangeListModel exchanges(*m_db);
        exchanges.setFilter(filter);
        PairingListModel pairings(*m_db);
        pairings.setFilter(filter);
        QCOMPARE(model.exchangesShown() + model.exchangesOfUnknownYear(), exchanges.totalCount());
        QCOMPARE(model.pairingsShown() + model.pairingsOfUnknownYear(), pairings.totalCount());
    }
}

void TestTimelineSeries::splitsByMode()
{
    TimelineSeries model(*m_db);
    model.setSplit(TimelineSeries::Split::Mode);
    QStringList keys;
    for (int c = 0; c < model.categoryCount(); ++c)
        keys << model.categoryKey(c);
    QCOMPARE(keys, QStringList({QStringLiteral("in_person"), QStringLiteral("online"),
                                QStringLiteral("hybrid")}));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("In person"));
}

void TestTimelineSeries::showsOnePairing()
{
    const qint64 id = sql(QStringLiteral(
        "SELECT p.id FROM pairings p JOIN places c ON c.id = p.chinese_place_id JOIN places u "
        "ON u.id = p.us_place_id WHERE c.name_en = 'Nanjing' AND u.name_en = 'St. Louis'"));
    TimelineSeries model(*m_db);
    Filter unrelated;
    unrelated.level = QStringLiteral("province_state"); // leaves Nanjing-St. Louis out
    model.setFilter(unrelated);
    model.setPairing(id);
    compareWithSql(model,
                   QStringLiteral("id IN (SELECT exchange_id FROM exchange_pairings WHERE "
                                  "pairing_id = %1)")
                       .arg(id),
                   QStringLiteral("id = %1").arg(id));
    QCOMPARE(model.pairingsShown(), 1);
    QCOMPARE(model.index(1979 - model.firstYear(), model.establishedColumn()).data().toInt(), 1);
    // The filter set meanwhile applies once the pairing is let go.
    model.setPairing(0);
    QCOMPARE(model.pairingsShown() + model.pairingsOfUnknownYear(),
             sql(QStringLiteral("SELECT count(*) FROM pairings WHERE level = 'province_state'")));
}

void TestTimelineSeries::yearSpanCountsTheRestAsLeftOut()
{
    TimelineSeries model(*m_db);
    model.setYearSpan(2000, 2010);
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.yearOfRow(0), 2000);
    QCOMPARE(model.exchangesOutsideYears(),
             sql(QStringLiteral("SELECT count(*) FROM exchanges WHERE date < '2000' OR "
                                "date >= '2011'")));
    QCOMPARE(model.pairingsOutsideYears(),
             sql(QStringLiteral("SELECT count(*) FROM pairings WHERE established < '2000' OR "
                                "established >= '2011'")));
    // The running total starts with the pairings established before the span.
    QCOMPARE(model.index(0, model.cumulativeColumn()).data().toLongLong(),
             sql(QStringLiteral("SELECT count(*) FROM pairings WHERE established < '2001'")));
}

// With a counter, the model counts on another thread and resets when the answer comes; of
// several quick changes, the last one is what it ends up showing.
void TestTimelineSeries::countsInTheBackground()
{
    StatisticsCounter counter(*m_db);
    TimelineSeries model(*m_db);
    model.setCounter(&counter);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    Filter art;
    art.field = QStringLiteral("art");
    Filter sisterCities;
    sisterCities.level = QStringLiteral("city");
    sisterCities.relation = QStringLiteral("sister");
    model.setFilter(art);
    QVERIFY(model.isCounting());
    model.setFilter(sisterCities);
    QTRY_VERIFY(!model.isCounting());
    QVERIFY(resets.count() >= 1);
    TimelineSeries atOnce(*m_db);
    atOnce.setFilter(sisterCities);
    QCOMPARE(model.rowCount(), atOnce.rowCount());
    QCOMPARE(model.columnCount(), atOnce.columnCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(model.index(row, column).data(), atOnce.index(row, column).data());
    }
    QCOMPARE(model.pairingsOfUnknownYear(), atOnce.pairingsOfUnknownYear());
    // No answer for the earlier filter comes after the last one.
    const int settled = resets.count();
    QTest::qWait(100);
    QCOMPARE(resets.count(), settled);
}

QList<QPair<QString, int>> TestTimelineSeries::officialCounts() const
{
    QList<QPair<QString, int>> counts;
    QSqlQuery query(m_db->connection());
    query.exec(QStringLiteral("SELECT date, total FROM official_counts ORDER BY date, id"));
    while (query.next())
        counts.append({query.value(0).toString(), query.value(1).toInt()});
    return counts;
}

// Over the whole record the timeline carries every official total: its number, its date at
// its precision, where it falls in its year, and its label with the date as the user reads it.
void TestTimelineSeries::carriesTheOfficialTotals()
{
    const QList<QPair<QString, int>> counts = officialCounts();
    QVERIFY(counts.size() >= 2); // the shipped totals
    TimelineSeries model(*m_db);
    const QList<TimelineSeries::OfficialMark> &marks = model.officialMarks();
    QCOMPARE(marks.size(), counts.size());
    QCOMPARE(model.officialTotalsFilteredOut(), 0);
    for (qsizetype i = 0; i < counts.size(); ++i) {
        const auto &[iso, total] = counts.at(i);
        const TimelineSeries::OfficialMark &mark = marks.at(i);
        QCOMPARE(mark.date.toIso(), iso);
        QCOMPARE(mark.total, total);
        QCOMPARE(mark.label,
                 QStringLiteral("%1 (official, %2)")
                     .arg(QLocale().toString(total), PartialDate::fromIso(iso).toDisplayString()));
        // On the row of its year, inside that year.
        const int row = iso.left(4).toInt() - model.firstYear();
        QVERIFY2(mark.position >= row - 0.5 && mark.position <= row + 0.5, qPrintable(iso));
        if (i > 0)
            QVERIFY(mark.position > marks.at(i - 1).position);
    }
    // The total known to the month stands in the middle of its month.
    const auto april = std::find_if(marks.begin(), marks.end(), [](const auto &mark) {
        return mark.date.toIso() == QLatin1String("2022-04");
    });
    QVERIFY(april != marks.end());
    QCOMPARE(april->label, QStringLiteral("%1 (official, Apr 2022)").arg(april->total));
    QVERIFY(qAbs(april->position - (2022 - model.firstYear() + 3.5 / 12 - 0.5)) < 1e-9);
}

// A national total beside a part of the record would mislead: with a filter the totals are
// counted as left out (for the note under the chart); one pairing's chart has none.
void TestTimelineSeries::leavesTheOfficialTotalsOutOfAPart()
{
    TimelineSeries model(*m_db);
    Filter filter;
    filter.level = QStringLiteral("city");
    model.setFilter(filter);
    QVERIFY(model.officialMarks().isEmpty());
    QCOMPARE(model.officialTotalsFilteredOut(), officialCounts().size());
    model.setPairing(1);
    QVERIFY(model.officialMarks().isEmpty());
    QCOMPARE(model.officialTotalsFilteredOut(), 0);
    model.setPairing(0);
    model.setFilter(Filter());
    QCOMPARE(model.officialMarks().size(), officialCounts().size());
}

// A total corrected in the database moves its marker when the timeline reads again.
void TestTimelineSeries::anEditedTotalMovesItsMarker()
{
    TimelineSeries model(*m_db);
    const qint64 id = sql(QStringLiteral("SELECT id FROM official_counts WHERE date = '2022-04'"));
    QVERIFY(id > 0);
    const QString before =
        TestSupport::scalar(*m_db, QStringLiteral("SELECT total FROM "
                                                  "official_counts WHERE id = %1")
                                       .arg(id))
            .toString();
    TestSupport::execute(*m_db, QStringLiteral("UPDATE official_counts SET date = '2021-10-01', "
                                               "total = 290 WHERE id = %1")
                                    .arg(id));
    model.refresh();
    const QList<TimelineSeries::OfficialMark> &marks = model.officialMarks();
    const auto moved = std::find_if(marks.begin(), marks.end(), [](const auto &mark) {
        return mark.date.toIso() == QLatin1String("2021-10-01");
    });
    QVERIFY(moved != marks.end());
    QCOMPARE(moved->total, 290);
    QCOMPARE(moved->label, QStringLiteral("290 (official, 1 Oct 2021)"));
    const qreal first = 2021 - model.firstYear() - 0.5;
    QVERIFY(qAbs(moved->position - (first + (QDate(2021, 10, 1).dayOfYear() - 0.5) / 365)) < 1e-9);
    QVERIFY(std::none_of(marks.begin(), marks.end(), [](const auto &mark) {
        return mark.date.toIso() == QLatin1String("2022-04");
    }));
    TestSupport::execute(*m_db, QStringLiteral("UPDATE official_counts SET date = '2022-04', "
                                               "total = %1 WHERE id = %2")
                                    .arg(before)
                                    .arg(id));
}

QTEST_GUILESS_MAIN(TestTimelineSeries)
#include "tst_timelineseries.moc"
