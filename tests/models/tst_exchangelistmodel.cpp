// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/exchangedetailmodel.h"
#include "app/models/exchangelistmodel.h"
#include "app/models/filterchoicesmodel.h"
#include "app/models/roles.h"
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The exchanges list, an exchange's detail and the filter choices over the shipped data: rows
// in chunks with every exchange once, sorting with unknown dates last, filters narrowing, and
// counts equal to direct SQL.
class TestExchangeListModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void passesTheModelTester();
    void fetchesEveryExchangeOnce();
    void sortsByEachSortableColumn_data();
    void sortsByEachSortableColumn();
    void filterNarrowsTheList();
    void showsPairingsAndUnknownDates();
    void detailReadsAWholeExchange();
    void choicesCountTheRecords();

private:
    static void fetchAll(ExchangeListModel &model);
    int sql(const QString &query) const { return TestSupport::scalar(*m_db, query).toInt(); }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestExchangeListModel::initTestCase()
{
    m_db = TestSupport::createWithShippedData(m_dir);
}

void TestExchangeListModel::fetchAll(ExchangeListModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

void TestExchangeListModel::passesTheModelTester()
{
    ExchangeListModel model(*m_db, 25);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QCOMPARE(model.rowCount(), sql(QStringLiteral("SELECT count(*) FROM exchanges")));
}

void TestExchangeListModel::fetchesEveryExchangeOnce()
{
    ExchangeListModel model(*m_db, 10);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.totalCount(), sql(QStringLiteral("SELECT count(*) FROM exchanges")));
    fetchAll(model);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(Roles::RecordIdRole).toLongLong();
    QCOMPARE(int(ids.size()), model.totalCount());
    QCOMPARE(model.rowCount(), model.totalCount());
}

void TestExchangeListModel::sortsByEachSortableColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (const int column : {int(ExchangeListModel::Date), int(ExchangeListModel::Title),
                             int(ExchangeListModel::Location)}) {
        QTest::addRow("%d asc", column) << column << int(Qt::AscendingOrder);
        QTest::addRow("%d desc", column) << column << int(Qt::DescendingOrder);
    }
}

void TestExchangeListModel::sortsByEachSortableColumn()
{
    QFETCH(int, column);
    QFETCH(int, order);
    ExchangeListModel model(*m_db, 17);
    model.sort(column, Qt::SortOrder(order));
    fetchAll(model);
    auto key = [&](int row) {
        const QModelIndex index = model.index(row, column);
        return column == ExchangeListModel::Date ? index.data(Roles::IsoDateRole).toString()
                                                 : index.data().toString().toLower();
    };
    bool unknown = false;
    for (int row = 1; row < model.rowCount(); ++row) {
        const QString before = key(row - 1), after = key(row);
        const bool emptyBefore = before.isEmpty() || before == QStringLiteral("—");
        const bool emptyAfter = after.isEmpty() || after == QStringLiteral("—");
        if (emptyBefore) {
            QVERIFY2(emptyAfter, "a known value after an unknown one");
            unknown = true;
            continue;
        }
        if (emptyAfter)
            continue;
        if (order == Qt::AscendingOrder)
            QVERIFY2(before <= after, qPrintable(before + QStringLiteral(" > ") + after));
        else
            QVERIFY2(before >= after, qPrintable(before + QStringLiteral(" < ") + after));
    }
    if (column == ExchangeListModel::Date)
        QVERIFY(unknown);
}

void TestExchangeListModel::filterNarrowsTheList()
{
    ExchangeListModel model(*m_db);
    Filter filter;
    filter.mode = QStringLiteral("online");
    model.setFilter(filter);
    const int online = sql(QStringLiteral("SELECT count(*) FROM exchanges WHERE mode = 'online'"));
    QCOMPARE(model.totalCount(), online);
    QCOMPARE(model.rowCount(), online);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, ExchangeListModel::Mode).data().toString(),
                 QStringLiteral("Online"));
}

void TestExchangeListModel::showsPairingsAndUnknownDates()
{
    ExchangeListModel model(*m_db);
    fetchAll(model);
    int national = 0, several = 0, undated = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString pairing = model.index(row, ExchangeListModel::Pairing).data().toString();
        national += pairing == QStringLiteral("—") && model.pairingIdAt(row) == 0;
        several += pairing.contains(QStringLiteral(" and 1 more"));
        if (model.index(row, ExchangeListModel::Date)
                .data(Roles::IsoDateRole)
                .toString()
                .isEmpty()) {
            ++undated;
            QVERIFY(!model.index(row, ExchangeListModel::Date)
                         .data(Qt::ToolTipRole)
                         .toString()
                         .isEmpty());
        }
    }
    QCOMPARE(national, sql(QStringLiteral("SELECT count(*) FROM exchanges WHERE id NOT IN "
                                          "(SELECT exchange_id FROM exchange_pairings)")));
    QVERIFY(several >= 2); // the Hebei–Iowa and Zhengding–Muscatine visits
    QCOMPARE(undated, sql(QStringLiteral("SELECT count(*) FROM exchanges WHERE date IS NULL")));
}

void TestExchangeListModel::detailReadsAWholeExchange()
{
    ExchangeDetailModel model(*m_db);
    const qint64 id =
        TestSupport::scalar(*m_db, QStringLiteral("SELECT id FROM exchanges WHERE title "
                                                  "LIKE 'Xi Jinping reunites%'"))
            .toLongLong();
    QSignalSpy changed(&model, &ExchangeDetailModel::changed);
    model.showExchange(id);
    QCOMPARE(changed.count(), 1);
    const ExchangeDetail &detail = model.detail();
    QCOMPARE(detail.exchange.date.toIso(), QStringLiteral("2012-02-15"));
    QCOMPARE(detail.pairings.size(), 2);
    QVERIFY(detail.places.contains(QStringLiteral("Muscatine")));
    QVERIFY(!detail.sources.isEmpty());
    model.showExchange(0);
    QVERIFY(!model.hasExchange());
}

void TestExchangeListModel::choicesCountTheRecords()
{
    FilterChoicesModel model(*m_db);
    const FilterChoices &choices = model.choices();
    for (const FilterChoice &level : choices.levels) {
        QCOMPARE(
            level.count,
            sql(QStringLiteral("SELECT count(*) FROM pairings WHERE level = '%1'").arg(level.key)));
    }
    for (const FilterChoice &field : choices.fields) {
        QCOMPARE(field.count,
                 sql(QStringLiteral("SELECT count(*) FROM exchanges WHERE field = '%1'")
                         .arg(field.key)));
    }
    QCOMPARE(choices.provinces.size(), 31);
    QCOMPARE(choices.states.size(), 51);
    const auto jiangsu =
        std::find_if(choices.provinces.begin(), choices.provinces.end(),
                     [](const FilterChoice &c) { return c.key == QLatin1String("CN-JS"); });
    QVERIFY(jiangsu != choices.provinces.end());
    QCOMPARE(jiangsu->nameZh, QStringLiteral("江苏省"));
    QVERIFY(jiangsu->count > 20);
    QCOMPARE(choices.firstEstablished, 1979);
    QVERIFY(choices.firstExchange >= 1979 && choices.lastExchange <= QDate::currentDate().year());
}

QTEST_GUILESS_MAIN(TestExchangeListModel)
#include "tst_exchangelistmodel.moc"
