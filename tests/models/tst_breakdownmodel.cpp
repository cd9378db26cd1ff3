// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/breakdownmodel.h"
#include "app/models/filterchoicesmodel.h"
#include "app/models/roles.h"
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

// The statistics over the shipped data: each part's count equal to plain SQL, most first, the
// parts adding up to every record the filter keeps, and pairings without a province counted
// as such.
class TestBreakdownModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void passesTheModelTester();
    void partsEqualDirectSql_data();
    void partsEqualDirectSql();
    void regionsAgreeWithTheFilterChoices();

private:
    qint64 sql(const QString &query) const
    {
        return TestSupport::scalar(*m_db, query).toLongLong();
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestBreakdownModel::initTestCase()
{
    m_db = TestSupport::createWithShippedData(m_dir);
}

void TestBreakdownModel::passesTheModelTester()
{
    BreakdownModel model(*m_db, BreakdownModel::PairingsByState);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Filter filter;
    filter.level = QStringLiteral("city");
    model.setFilter(filter);
    QVERIFY(model.rowCount() > 5);
}

void TestBreakdownModel::partsEqualDirectSql_data()
{
    QTest::addColumn<int>("what");
    QTest::addColumn<QVariantMap>("filter");
    // %1 is the part's key; the query counts what that part should hold.
    QTest::addColumn<QString>("count");
    QTest::addColumn<QString>("total");

    const QString province = QStringLiteral(
        "SELECT count(*) FROM pairings p JOIN places c ON c.id = p.chinese_place_id LEFT JOIN "
        "places r ON r.id = c.parent_id WHERE coalesce(c.region_code, r.region_code, '') = '%1'");
    const QString state = QStringLiteral(
        "SELECT count(*) FROM pairings p JOIN places c ON c.id = p.us_place_id LEFT JOIN "
        "places r ON r.id = c.parent_id WHERE coalesce(c.region_code, r.region_code, '') = '%1'");
    Filter none;
    Filter sister;
    sister.relation = QStringLiteral("sister");
    QTest::newRow("provinces") << int(BreakdownModel::PairingsByProvince) << none.toMap()
                               << province << QStringLiteral("SELECT count(*) FROM pairings");
    QTest::newRow("states, sister only")
        << int(BreakdownModel::PairingsByState) << sister.toMap()
        << state + QStringLiteral(" AND p.relation = 'sister'")
        << QStringLiteral("SELECT count(*) FROM pairings WHERE relation = 'sister'");
    QTest::newRow("fields") << int(BreakdownModel::ExchangesByField) << none.toMap()
                            << QStringLiteral("SELECT count(*) FROM exchanges WHERE field = '%1'")
                            << QStringLiteral("SELECT count(*) FROM exchanges");
    Filter covid;
    covid.exchangeFrom = 2020;
    covid.exchangeTo = 2022;
    QTest::newRow("modes, 2020-2022")
        << int(BreakdownModel::ExchangesByMode) << covid.toMap()
        << QStringLiteral("SELECT count(*) FROM exchanges WHERE mode = '%1' AND date >= '2020' "
                          "AND date < '2023'")
        << QStringLiteral("SELECT count(*) FROM exchanges WHERE date >= '2020' AND date < '2023'");
    Filter provinceLevel;
    provinceLevel.level = QStringLiteral("province_state");
    QTest::newRow("fields of province-state pairings")
        << int(BreakdownModel::ExchangesByField) << provinceLevel.toMap()
        << QStringLiteral("SELECT count(*) FROM exchanges WHERE field = '%1' AND id IN (SELECT "
                          "exchange_id FROM exchange_pairings ep JOIN pairings p ON p.id = "
                          "ep.pairing_id WHERE p.level = 'province_state')")
        << QStringLiteral("SELECT count(DISTINCT exchange_id) FROM exchange_pairings ep JOIN "
                          "pairings p ON p.id = ep.pairing_id WHERE p.level = 'province_state'");
}

void TestBreakdownModel::partsEqualDirectSql()
{
    QFETCH(int, what);
    QFETCH(QVariantMap, filter);
    QFETCH(QString, count);
    QFETCH(QString, total);
    BreakdownModel model(*m_db, BreakdownModel::What(what));
    model.setFilter(Filter::fromMap(filter));
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QVERIFY(model.rowCount() > 1);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString key = model.index(row, BreakdownModel::Part).data(Roles::KeyRole).toString();
        const qint64 n = model.index(row, BreakdownModel::Count).data().toLongLong();
        QCOMPARE(n, sql(count.arg(key)));
        QVERIFY2(n <= previous, "most first");
        QVERIFY(!model.index(row, BreakdownModel::Part).data().toString().isEmpty());
        previous = n;
    }
    QCOMPARE(model.total(), sql(total));
}

void TestBreakdownModel::regionsAgreeWithTheFilterChoices()
{
    FilterChoicesModel choices(*m_db);
    BreakdownModel model(*m_db, BreakdownModel::PairingsByProvince);
    for (const FilterChoice &province : choices.choices().provinces) {
        qint64 shown = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(Roles::KeyRole).toString() == province.key)
                shown = model.index(row, BreakdownModel::Count).data().toLongLong();
        }
        QCOMPARE(shown, province.count);
    }
}

QTEST_GUILESS_MAIN(TestBreakdownModel)
#include "tst_breakdownmodel.moc"
