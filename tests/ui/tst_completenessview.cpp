// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/completeness.h"
#include "app/models/roles.h"
#include "app/storage/database.h"
#include "tests/support/gapsql.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// The Completeness tab beside the charts, driven through the real window: each line counts what
// independent SQL counts, and following its link (by mouse or keyboard) leaves the pairings list
// holding exactly those pairings, whatever was filtered before, with the filter bar and the line
// above the chart saying so; the counts follow an edit; there is no chart to export there. If
// this broke, an association would be sent to the wrong records to fill in.
class TestCompletenessView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void eachCountListsExactlyItsPairings_data();
    void eachCountListsExactlyItsPairings();
    void aLinkIsFollowedFromTheKeyboard();
    void noChartToExportOrCopy();
    void countsFollowAnEdit();

private:
    static QPushButton *link(const TestWindow &w, int line);
    static void showCompleteness(const TestWindow &w);
    QList<qint64> idsOf(const QString &select) const;
    static QList<qint64> listedPairings(TestWindow &w);
    int sql(const QString &query) const { return TestSupport::scalar(*m_db, query).toInt(); }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestCompletenessView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = TestSupport::createWithShippedData(m_dir);
    // Every shipped pairing cites its source: two that cite none, so that link leads somewhere.
    TestSupport::execute(*m_db, QStringLiteral("DELETE FROM pairing_sources WHERE pairing_id IN "
                                               "(SELECT id FROM pairings ORDER BY id LIMIT 2)"));
}

void TestCompletenessView::init()
{
    QSettings(QSettings::UserScope, QStringLiteral("Bridges"), QStringLiteral("Bridges")).clear();
}

QPushButton *TestCompletenessView::link(const TestWindow &w, int line)
{
    return w.window->findChild<QPushButton *>(QStringLiteral("completenessLink%1").arg(line));
}

void TestCompletenessView::showCompleteness(const TestWindow &w)
{
    auto *tabs = w.window->findChild<QTabWidget *>(QStringLiteral("chartTabs"));
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i) == QLatin1String("Completeness"))
            tabs->setCurrentIndex(i);
    }
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Completeness"));
}

QList<qint64> TestCompletenessView::idsOf(const QString &select) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(select))
        qFatal("%s", qPrintable(select));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> TestCompletenessView::listedPairings(TestWindow &w)
{
    QAbstractItemModel *model = w.view("pairingsView")->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(Roles::RecordIdRole).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestCompletenessView::eachCountListsExactlyItsPairings_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("gap"); // empty: the line of the status not recorded
    const QStringList gaps = Completeness::gapKeys();
    for (int i = 0; i < gaps.size(); ++i)
        QTest::newRow(qPrintable(gaps.at(i))) << i << gaps.at(i);
    QTest::newRow("status not recorded") << int(gaps.size()) << QString();
}

void TestCompletenessView::eachCountListsExactlyItsPairings()
{
    QFETCH(int, line);
    QFETCH(QString, gap);
    Filter expected = TestSupport::gapFilter(gap);
    if (gap.isEmpty())
        expected.status = Filter::unknownStatus();
    const QList<qint64> ids = idsOf(TestSupport::pairingsWithGap(expected));
    QVERIFY(!ids.isEmpty());

    TestWindow w(*m_db);
    // Another filter first: following the link puts it aside.
    auto *level = w.window->findChild<QComboBox *>(QStringLiteral("levelFilter"));
    level->setCurrentIndex(level->findData(QStringLiteral("province_state")));
    auto *lists = w.window->findChild<QTabWidget *>(QStringLiteral("lists"));
    lists->setCurrentIndex(1);
    showCompleteness(w);
    QPushButton *count = link(w, line);
    QVERIFY(count && count->isVisible());
    QVERIFY2(count->text().contains(QStringLiteral(": %1 of %2 pairings")
                                        .arg(ids.size())
                                        .arg(sql(QStringLiteral("SELECT count(*) FROM pairings")))),
             qPrintable(count->text()));
    QVERIFY(!count->accessibleName().isEmpty());

    QTest::mouseClick(count, Qt::LeftButton);
    QCOMPARE(w.pairings.filter(), expected);
    QCOMPARE(listedPairings(w), ids);
    QCOMPARE(lists->currentIndex(), 0);
    QCOMPARE(level->currentIndex(), 0);
    // The bar and the line above the chart show the filter.
    if (gap.isEmpty()) {
        auto *status = w.window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        QCOMPARE(status->currentData().toString(), Filter::unknownStatus());
        QCOMPARE(w.text("chartScopeLabel"), QStringLiteral("Filters: Status: not recorded"));
    } else {
        const QString shown = Completeness::displayNameOfGapKey(gap);
        auto *gaps = w.window->findChild<QComboBox *>(QStringLiteral("gapFilter"));
        QCOMPARE(gaps->currentData().toString(), gap);
        QVERIFY(gaps->currentText().startsWith(shown));
        QCOMPARE(w.text("chartScopeLabel"), QStringLiteral("Filters: Gap: %1").arg(shown));
    }
    // The exchanges list follows: the exchanges of those pairings.
    QCOMPARE(w.exchanges.totalCount(),
             sql(QStringLiteral("SELECT count(DISTINCT exchange_id) FROM exchange_pairings "
                                "WHERE pairing_id IN (%1)")
                     .arg(TestSupport::pairingsWithGap(expected))));
}

void TestCompletenessView::aLinkIsFollowedFromTheKeyboard()
{
    TestWindow w(*m_db);
    showCompleteness(w);
    QApplication::setActiveWindow(w.window.get());
    QPushButton *first = link(w, 0);
    // Shift+Tab from the next count reaches it; Enter follows it.
    QPushButton *before = link(w, 1);
    before->setFocus(Qt::BacktabFocusReason);
    QTRY_VERIFY(before->hasFocus());
    QTest::keyClick(before, Qt::Key_Backtab);
    QTRY_VERIFY(first->hasFocus());
    QTest::keyClick(first, Qt::Key_Return);
    const Filter expected = TestSupport::gapFilter(Completeness::gapKeys().first());
    QCOMPARE(w.pairings.filter(), expected);
    QCOMPARE(listedPairings(w), idsOf(TestSupport::pairingsWithGap(expected)));
}

void TestCompletenessView::noChartToExportOrCopy()
{
    TestWindow w(*m_db);
    auto *exportChart = w.window->findChild<QAction *>(QStringLiteral("exportChartAction"));
    auto *copyChart = w.window->findChild<QAction *>(QStringLiteral("copyChartAction"));
    QVERIFY(exportChart->isEnabled() && copyChart->isEnabled());
    showCompleteness(w);
    QVERIFY(!exportChart->isEnabled());
    QVERIFY(!copyChart->isEnabled());
    w.window->findChild<QTabWidget *>(QStringLiteral("chartTabs"))->setCurrentIndex(1);
    QVERIFY(exportChart->isEnabled() && copyChart->isEnabled());
}

// Last: it changes the database.
void TestCompletenessView::countsFollowAnEdit()
{
    TestWindow w(*m_db);
    showCompleteness(w);
    const Filter noYear = TestSupport::gapFilter(QStringLiteral("no-year"));
    const int before = sql(TestSupport::countOfPairingsWithGap(noYear));
    const qint64 id = idsOf(TestSupport::pairingsWithGap(noYear)).first();
    QString error;
    const std::optional<Pairing> read = w.commands.pairing(id, &error);
    QVERIFY2(read, qPrintable(error));
    Pairing dated = *read;
    dated.established = PartialDate::year(1999);
    QVERIFY2(w.commands.editPairing(*read, dated, &error), qPrintable(error));
    QCOMPARE(sql(TestSupport::countOfPairingsWithGap(noYear)), before - 1);
    QVERIFY2(link(w, 0)->text().contains(QStringLiteral(": %1 of ").arg(before - 1)),
             qPrintable(link(w, 0)->text()));
    auto *gaps = w.window->findChild<QComboBox *>(QStringLiteral("gapFilter"));
    QVERIFY(gaps->itemText(gaps->findData(noYear.gap))
                .endsWith(QStringLiteral("(%1)").arg(before - 1)));
}

QTEST_MAIN(TestCompletenessView)
#include "tst_completenessview.moc"
