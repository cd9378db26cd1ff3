// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/placenaming.h"
#include "app/models/pairinglistmodel.h"
#include "app/models/roles.h"
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The pairings list over the shipped data: rows arrive in chunks, sorting happens in the
// database, unknown values sort last in either direction.
class TestPairingListModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    // Places named in both languages, as a test that failed may have left it otherwise.
    void init() { PlaceNaming::setStyle(PlaceNaming::Style::Both); }
    void passesTheModelTester();
    void fetchesInChunks();
    void showsNamesAndDates();
    void placesAreNamedAsTheUserChose();
    void sortsByEachColumn_data();
    void sortsByEachColumn();
    void unknownDatesSortLast();

private:
    static void fetchAll(PairingListModel &model);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_total = 0;
};

void TestPairingListModel::initTestCase()
{
    m_db = TestSupport::createWithShippedData(m_dir);
    m_total = TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM pairings")).toInt();
}

void TestPairingListModel::fetchAll(PairingListModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

void TestPairingListModel::passesTheModelTester()
{
    {
        // Rows arriving in chunks.
        PairingListModel model(*m_db, 40);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        QCOMPARE(model.rowCount(), m_total);
    }
    {
        // Resets by sorting and refreshing. (Qt 6.4's tester itself fetches more while it still
        // handles a reset and then reports its own nesting, so here one chunk holds all rows.)
        PairingListModel model(*m_db, m_total);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(PairingListModel::Established, Qt::DescendingOrder);
        model.sort(PairingListModel::State, Qt::AscendingOrder);
        model.refresh();
        QCOMPARE(model.rowCount(), m_total);
    }
}

void TestPairingListModel::fetchesInChunks()
{
    PairingListModel model(*m_db, 50);
    QCOMPARE(model.totalCount(), m_total);
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 100);
    fetchAll(model);
    QCOMPARE(model.rowCount(), m_total);
    QVERIFY(!model.canFetchMore({}));
    // Every pairing appears once.
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(Roles::RecordIdRole).toLongLong();
    QCOMPARE(int(ids.size()), m_total);
}

void TestPairingListModel::showsNamesAndDates()
{
    PairingListModel model(*m_db);
    fetchAll(model);
    int found = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        // St. Louis has two Chinese partners: Nanjing since 1979, and Wuhan.
        if (model.index(row, PairingListModel::UsPlace).data().toString() !=
                QLatin1String("St. Louis") ||
            !model.index(row, PairingListModel::ChinesePlace)
                 .data()
                 .toString()
                 .startsWith(QLatin1String("Nanjing")))
            continue;
        ++found;
        QCOMPARE(model.index(row, PairingListModel::ChinesePlace).data().toString(),
                 QStringLiteral("Nanjing 南京"));
        // Places are named in both languages unless the user chose one (View > Place Names).
        QCOMPARE(model.index(row, PairingListModel::Province).data().toString(),
                 QStringLiteral("Jiangsu 江苏省"));
        QVERIFY(model.index(row, PairingListModel::Province)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Jiangsu 江苏")));
        QCOMPARE(model.index(row, PairingListModel::State).data().toString(),
                 QStringLiteral("Missouri 密苏里州"));
        QCOMPARE(model.index(row, PairingListModel::Level).data().toString(),
                 QStringLiteral("City"));
        QCOMPARE(model.index(row, PairingListModel::Relation).data().toString(),
                 QStringLiteral("Sister"));
        QCOMPARE(model.index(row, PairingListModel::Established).data().toString(),
                 QStringLiteral("Nov 1979"));
        QCOMPARE(
            model.index(row, PairingListModel::Established).data(Roles::IsoDateRole).toString(),
            QStringLiteral("1979-11"));
    }
    QCOMPARE(found, 1);
    QCOMPARE(model.headerData(PairingListModel::Established, Qt::Horizontal).toString(),
             QStringLiteral("Established"));
}

void TestPairingListModel::sortsByEachColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (int column = 0; column < PairingListModel::ColumnCount; ++column) {
        const QByteArray name = QByteArray::number(column);
        QTest::newRow(name + " ascending") << column << int(Qt::AscendingOrder);
        QTest::newRow(name + " descending") << column << int(Qt::DescendingOrder);
    }
}

void TestPairingListModel::sortsByEachColumn()
{
    QFETCH(int, column);
    QFETCH(int, order);
    PairingListModel model(*m_db, 30);
    model.sort(column, Qt::SortOrder(order));
    fetchAll(model);
    QCOMPARE(model.rowCount(), m_total);
    // The values a column sorts by: the English name, the stored key or the ISO date.
    auto key = [&](int row) {
        const QModelIndex index = model.index(row, column);
        if (column == PairingListModel::Established)
            return index.data(Roles::IsoDateRole).toString();
        // Names sort by their English part; the Chinese name shown after it does not count.
        static const QRegularExpression chinese(QStringLiteral("\\s*\\p{Han}+$"));
        return index.data().toString().remove(chinese).toLower();
    };
    bool sawEmpty = false;
    for (int row = 1; row < model.rowCount(); ++row) {
        const QString before = key(row - 1);
        const QString after = key(row);
        if (column == PairingListModel::Established || column == PairingListModel::State ||
            column == PairingListModel::Province) {
            // Unknown values come after every known one, in either direction.
            if (before.isEmpty()) {
                QVERIFY2(after.isEmpty(), qPrintable(QStringLiteral("row %1").arg(row)));
                sawEmpty = true;
                continue;
            }
            if (after.isEmpty())
                continue;
        }
        if (column == PairingListModel::Level || column == PairingListModel::Relation)
            continue; // display names; the stored keys are checked below
        if (order == Qt::AscendingOrder)
            QVERIFY2(before <= after, qPrintable(before + QStringLiteral(" > ") + after));
        else
            QVERIFY2(before >= after, qPrintable(before + QStringLiteral(" < ") + after));
    }
    if (column == PairingListModel::Established)
        QVERIFY(sawEmpty);
    if (column == PairingListModel::Level) {
        // Province/state pairs gather at one end.
        const QString first = model.index(0, column).data().toString();
        const QString last = model.index(model.rowCount() - 1, column).data().toString();
        QCOMPARE(order == Qt::AscendingOrder ? last : first, QStringLiteral("Province / state"));
    }
}

void TestPairingListModel::unknownDatesSortLast()
{
    PairingListModel model(*m_db);
    model.sort(PairingListModel::Established, Qt::AscendingOrder);
    fetchAll(model);
    // The earliest pairings: 1979, the year the first were signed.
    QVERIFY(model.index(0, PairingListModel::Established)
                .data(Roles::IsoDateRole)
                .toString()
                .startsWith(QStringLiteral("1979")));
    QCOMPARE(model.index(model.rowCount() - 1, PairingListModel::Established).data().toString(),
             QStringLiteral("—"));
    QVERIFY(!model.index(model.rowCount() - 1, PairingListModel::Established)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
    model.sort(PairingListModel::Established, Qt::DescendingOrder);
    QVERIFY(model.index(0, PairingListModel::Established).data(Roles::IsoDateRole).toString() >=
            QStringLiteral("2020"));
}

// View > Place Names: English, Chinese or both. A place whose Chinese name the data does not
// give (St. Louis) keeps its English name whatever the choice: no name is made up.
void TestPairingListModel::placesAreNamedAsTheUserChose()
{
    PairingListModel model(*m_db);
    fetchAll(model);
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, PairingListModel::ChinesePlace)
                .data()
                .toString()
                .startsWith(QLatin1String("Nanjing")) &&
            model.index(r, PairingListModel::UsPlace).data().toString() ==
                QLatin1String("St. Louis"))
            row = r;
    }
    QVERIFY(row >= 0);
    const auto shown = [&](int column) { return model.index(row, column).data().toString(); };
    PlaceNaming::setStyle(PlaceNaming::Style::Chinese);
    QCOMPARE(shown(PairingListModel::ChinesePlace), QStringLiteral("南京"));
    QCOMPARE(shown(PairingListModel::Province), QStringLiteral("江苏省"));
    QCOMPARE(shown(PairingListModel::UsPlace), QStringLiteral("St. Louis"));
    QCOMPARE(shown(PairingListModel::State), QStringLiteral("密苏里州"));
    // Whatever is shown, the tooltip gives both names.
    QCOMPARE(model.index(row, PairingListModel::ChinesePlace).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Nanjing 南京"));
    PlaceNaming::setStyle(PlaceNaming::Style::English);
    QCOMPARE(shown(PairingListModel::ChinesePlace), QStringLiteral("Nanjing"));
    QCOMPARE(shown(PairingListModel::State), QStringLiteral("Missouri"));
    PlaceNaming::setStyle(PlaceNaming::Style::Both);
    QCOMPARE(shown(PairingListModel::ChinesePlace), QStringLiteral("Nanjing 南京"));
}

QTEST_GUILESS_MAIN(TestPairingListModel)
#include "tst_pairinglistmodel.moc"
