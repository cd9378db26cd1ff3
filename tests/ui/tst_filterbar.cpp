// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/completeness.h"
#include "app/storage/database.h"
#include "tests/support/gapsql.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testwindow.h"
#include "ui/panes/filterbar.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The filter bar and the exchanges tab driven through the real widgets: typing searches once
// the typing pauses, choices filter at once and show their counts, Clear brings everything
// back, the last filter returns on the next start, and an exchange's pairing link jumps to it.
class TestFilterBar : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void typingSearchesOnceItPauses();
    void choicesFilterAndShowTheirCounts();
    void clearBringsEverythingBack();
    void aGapIsChosenShownClearedAndRemembered();
    void hostileSearchIsJustText();
    void lastFilterReturnsOnNextStart();
    void ctrlFGoesToTheSearchBox();
    void exchangePairingLinkJumpsToThePairing();
    void countsArriveFromTheBackground();

private:
    int sql(const QString &query) const { return TestSupport::scalar(*m_db, query).toInt(); }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestFilterBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = TestSupport::createWithShippedData(m_dir);
}

void TestFilterBar::init()
{
    QSettings(QSettings::UserScope, QStringLiteral("Bridges"), QStringLiteral("Bridges")).clear();
}

void TestFilterBar::typingSearchesOnceItPauses()
{
    TestWindow w(*m_db);
    auto *bar = w.window->findChild<FilterBar *>();
    QSignalSpy changes(bar, &FilterBar::filterChanged);
    auto *search = w.window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    QTest::keyClicks(search, QStringLiteral("nanjing"));
    QCOMPARE(changes.count(), 0); // not on every keystroke
    QTRY_COMPARE(changes.count(), 1);
    QCOMPARE(w.pairings.filter().search, QStringLiteral("nanjing"));
    // Every pairing shown has Nanjing (or its province, Jiangsu) on the Chinese side.
    const int expected =
        sql(QStringLiteral("SELECT count(*) FROM pairings p JOIN places c ON c.id = "
                           "p.chinese_place_id WHERE c.name_en = 'Nanjing'"));
    QCOMPARE(w.view("pairingsView")->model()->rowCount(), expected);
    QVERIFY(w.view("pairingsView")
                ->model()
                ->index(0, 0)
                .data()
                .toString()
                .startsWith(QStringLiteral("Nanjing")));
    auto *tabs = w.window->findChild<QTabWidget *>(QStringLiteral("lists"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Pairings (%1)").arg(expected));
}

void TestFilterBar::choicesFilterAndShowTheirCounts()
{
    TestWindow w(*m_db);
    auto *level = w.window->findChild<QComboBox *>(QStringLiteral("levelFilter"));
    const int provinceLevel = level->findData(QStringLiteral("province_state"));
    QVERIFY(provinceLevel > 0);
    const int expected =
        sql(QStringLiteral("SELECT count(*) FROM pairings WHERE level = 'province_state'"));
    QCOMPARE(level->itemText(provinceLevel), QStringLiteral("Province / state (%1)").arg(expected));
    level->setCurrentIndex(provinceLevel);
    QCOMPARE(w.pairings.totalCount(), expected);
    QCOMPARE(w.view("pairingsView")->model()->rowCount(), expected);
    // The exchanges list follows: only exchanges of province/state pairings.
    QCOMPARE(w.exchanges.totalCount(),
             sql(QStringLiteral("SELECT count(DISTINCT ep.exchange_id) FROM exchange_pairings ep "
                                "JOIN pairings p ON p.id = ep.pairing_id "
                                "WHERE p.level = 'province_state'")));
    QVERIFY(w.text("countLabel").startsWith(QStringLiteral("Pairings: %1 of ").arg(expected)));
}

void TestFilterBar::clearBringsEverythingBack()
{
    TestWindow w(*m_db);
    auto *field = w.window->findChild<QComboBox *>(QStringLiteral("fieldFilter"));
    field->setCurrentIndex(field->findData(QStringLiteral("art")));
    QVERIFY(w.exchanges.totalCount() < sql(QStringLiteral("SELECT count(*) FROM exchanges")));
    QTest::mouseClick(w.window->findChild<QPushButton *>(QStringLiteral("clearFilters")),
                      Qt::LeftButton);
    QCOMPARE(field->currentIndex(), 0);
    QCOMPARE(w.exchanges.totalCount(), sql(QStringLiteral("SELECT count(*) FROM exchanges")));
    QCOMPARE(w.pairings.totalCount(), sql(QStringLiteral("SELECT count(*) FROM pairings")));
}

void TestFilterBar::aGapIsChosenShownClearedAndRemembered()
{
    const Filter noYear = TestSupport::gapFilter(QStringLiteral("no-year"));
    const int expected = sql(TestSupport::countOfPairingsWithGap(noYear));
    QVERIFY(expected > 0);
    {
        TestWindow w(*m_db);
        auto *gaps = w.window->findChild<QComboBox *>(QStringLiteral("gapFilter"));
        QCOMPARE(gaps->count(), Completeness::gapKeys().size() + 1); // and "with or without"
        const int row = gaps->findData(noYear.gap);
        QCOMPARE(gaps->itemText(row), QStringLiteral("Year not known (%1)").arg(expected));
        gaps->setCurrentIndex(row);
        QCOMPARE(w.pairings.filter(), noYear);
        QCOMPARE(w.pairings.totalCount(), expected);
        QCOMPARE(w.text("chartScopeLabel"), QStringLiteral("Filters: Gap: Year not known"));
        // Clear Filters puts it back to "with or without gaps".
        QTest::mouseClick(w.window->findChild<QPushButton *>(QStringLiteral("clearFilters")),
                          Qt::LeftButton);
        QCOMPARE(gaps->currentIndex(), 0);
        QCOMPARE(w.pairings.totalCount(), sql(QStringLiteral("SELECT count(*) FROM pairings")));
        gaps->setCurrentIndex(row);
        w.window->close();
    }
    TestWindow again(*m_db);
    auto *gaps = again.window->findChild<QComboBox *>(QStringLiteral("gapFilter"));
    QCOMPARE(gaps->currentData().toString(), noYear.gap);
    QCOMPARE(again.pairings.filter(), noYear);
    QCOMPARE(again.pairings.totalCount(), expected);
}

void TestFilterBar::hostileSearchIsJustText()
{
    TestWindow w(*m_db);
    auto *search = w.window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    for (const QString &text : {QStringLiteral("'; DROP TABLE pairings; --"),
                                QStringLiteral("\"NEAR(*"), QStringLiteral("🤝🌉")}) {
        search->clear();
        search->insert(text); // as pasted: QTest types ASCII only
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(w.pairings.filter().search, text.trimmed());
        QVERIFY(!QApplication::activeModalWidget()); // no error dialog
    }
    // Nothing found: the detail pane says so instead of keeping the last pairing.
    QCOMPARE(w.pairings.totalCount(), 0);
    auto *empty = w.window->findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QVERIFY(empty && empty->isVisible());
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(w.pairings.totalCount(), sql(QStringLiteral("SELECT count(*) FROM pairings")));
}

void TestFilterBar::lastFilterReturnsOnNextStart()
{
    {
        TestWindow w(*m_db);
        auto *state = w.window->findChild<QComboBox *>(QStringLiteral("stateFilter"));
        state->setCurrentIndex(state->findData(QStringLiteral("US-CA")));
        QVERIFY(w.pairings.filter().state == QLatin1String("US-CA"));
        w.window->close();
    }
    TestWindow again(*m_db);
    auto *state = again.window->findChild<QComboBox *>(QStringLiteral("stateFilter"));
    QCOMPARE(state->currentData().toString(), QStringLiteral("US-CA"));
    QCOMPARE(again.pairings.filter().state, QStringLiteral("US-CA"));
    QVERIFY(again.pairings.totalCount() < sql(QStringLiteral("SELECT count(*) FROM pairings")));
}

void TestFilterBar::ctrlFGoesToTheSearchBox()
{
    TestWindow w(*m_db);
    QApplication::setActiveWindow(w.window.get());
    w.view("pairingsView")->setFocus();
    QTest::keyClick(w.window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(),
                 w.window->findChild<QLineEdit *>(QStringLiteral("searchBox")));
}

void TestFilterBar::exchangePairingLinkJumpsToThePairing()
{
    TestWindow w(*m_db);
    // Narrow the pairings list so that the pairing is hidden: the jump must still find it.
    auto *level = w.window->findChild<QComboBox *>(QStringLiteral("levelFilter"));
    level->setCurrentIndex(level->findData(QStringLiteral("province_state")));
    auto *tabs = w.window->findChild<QTabWidget *>(QStringLiteral("lists"));
    tabs->setCurrentIndex(1);
    auto *search = w.window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    level->setCurrentIndex(0);
    QTest::keyClicks(search, QStringLiteral("masks"));
    QTest::keyClick(search, Qt::Key_Return);
    QTableView *exchanges = w.view("exchangesView");
    const QModelIndexList found = exchanges->model()->match(
        exchanges->model()->index(0, ExchangeListModel::Title), Qt::DisplayRole,
        QStringLiteral("Nanjing sends face masks to St. Louis"), 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    exchanges->setCurrentIndex(found.first());
    QCOMPARE(w.text("exchangeTitleLabel"), QStringLiteral("Nanjing sends face masks to St. Louis"));
    auto *links = w.window->findChild<QLabel *>(QStringLiteral("exchangePairingsLabel"));
    QVERIFY(links->text().contains(QStringLiteral("Nanjing – St. Louis")));
    const QString href = links->text().section(QLatin1Char('"'), 1, 1);
    emit links->linkActivated(href);
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(w.text("titleLabel"), QStringLiteral("Nanjing – St. Louis"));
    // The search hid it from the pairings list, so the filter was cleared to show it.
    QVERIFY(w.pairings.filter().isEmpty());
}

void TestFilterBar::countsArriveFromTheBackground()
{
    TestWindow w(*m_db, true);
    QTRY_VERIFY(w.workspace.choices.isRead()); // the choices come after the first paint
    auto *mode = w.window->findChild<QComboBox *>(QStringLiteral("modeFilter"));
    mode->setCurrentIndex(mode->findData(QStringLiteral("online")));
    const int expected =
        sql(QStringLiteral("SELECT count(*) FROM exchanges WHERE mode = 'online'"));
    QTRY_COMPARE(w.exchanges.totalCount(), expected);
    auto *tabs = w.window->findChild<QTabWidget *>(QStringLiteral("lists"));
    QTRY_COMPARE(tabs->tabText(1), QStringLiteral("Exchanges (%1)").arg(expected));
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
