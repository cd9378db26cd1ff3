// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/placenaming.h"
#include "app/models/exchangedetailmodel.h"
#include "app/models/exchangelistmodel.h"
#include "app/models/filterchoicesmodel.h"
#include "app/models/pairingdetailmodel.h"
#include "app/models/pairinglistmodel.h"
#include "app/models/roles.h"
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testwindow.h"
#include "ui/dialogs/aboutbox.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

// The main window driven as a user would: click a pairing and read the detail pane, move with
// the arrow keys, sort by a header click, find the layout as it was left on the next start, and
// read the pairings held against the latest official total in the status bar and the About box.
class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void clickingARowShowsItsDetail();
    void arrowKeysMoveAndTheDetailFollows();
    void headerClickSortsInTheDatabase();
    void statusBarCountsPairings();
    void countsAndChoicesArriveAfterTheFirstPaint();
    void layoutIsRestoredOnNextStart();
    void aboutNamesSourcesAndLicences();
    void pairingsAreSetAgainstTheLatestOfficialTotal();
    void helpListsTheKeyboardShortcuts();
    void viewPlaceNamesNamesPlacesInChinese();

private:
    int rowOf(PairingListModel &model, const QString &usPlace) const;
    // Help > About as it opens, read and closed.
    static QString aboutText(TestWindow &w);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = TestSupport::createWithShippedData(m_dir);
}

void TestMainWindow::init()
{
    QSettings(QSettings::UserScope, QStringLiteral("Bridges"), QStringLiteral("Bridges")).clear();
    PlaceNaming::setStyle(PlaceNaming::Style::Both); // as a test that failed may have left it
}

int TestMainWindow::rowOf(PairingListModel &model, const QString &usPlace) const
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, PairingListModel::UsPlace).data().toString() == usPlace)
            return row;
    }
    return -1;
}

void TestMainWindow::clickingARowShowsItsDetail()
{
    TestWindow w(*m_db);
    MainWindow *window = w.window.get();
    QTableView *table = w.view("pairingsView");
    QVERIFY(table);
    const int row = rowOf(w.pairings, QStringLiteral("St. Louis"));
    QVERIFY(row >= 0);
    const QModelIndex index = w.pairings.index(row, PairingListModel::UsPlace);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());

    QCOMPARE(w.text("titleLabel"), QStringLiteral("Nanjing – St. Louis"));
    const QString chinese = w.text("chinesePlaceLabel");
    QVERIFY2(chinese.contains(QStringLiteral("南京")) &&
                 chinese.contains(QStringLiteral("Jiangsu")),
             qPrintable(chinese));
    QVERIFY2(chinese.contains(QStringLiteral("32.061° N, 118.779° E")), qPrintable(chinese));
    const QString us = w.text("usPlaceLabel");
    QVERIFY2(us.contains(QStringLiteral("Missouri")) && us.contains(QStringLiteral("90.198° W")),
             qPrintable(us));
    QCOMPARE(w.text("establishedLabel"), QStringLiteral("Nov 1979"));
    QCOMPARE(w.text("relationLabel"), QStringLiteral("Sister"));
    QCOMPARE(w.text("levelLabel"), QStringLiteral("City"));
    QCOMPARE(w.text("statusLabel"), QStringLiteral("Not recorded"));
    QVERIFY(w.text("sourcesLabel").contains(QStringLiteral("<a href=\"http://chicago.")));
    auto *exchanges = window->findChild<QTableView *>(QStringLiteral("pairingExchangesView"));
    QVERIFY(exchanges && exchanges->isVisible());
    const int count =
        TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM exchange_pairings "
                                                  "WHERE pairing_id = %1")
                                       .arg(index.data(Roles::RecordIdRole).toLongLong()))
            .toInt();
    QVERIFY(count >= 5);
    QCOMPARE(exchanges->model()->rowCount(), count);
    QCOMPARE(w.text("exchangesCaption"), QStringLiteral("Exchanges (%1)").arg(count));
}

void TestMainWindow::arrowKeysMoveAndTheDetailFollows()
{
    TestWindow w(*m_db);
    QTableView *table = w.view("pairingsView");
    table->setFocus();
    QCOMPARE(table->currentIndex().row(), 0);
    const QString first = w.text("titleLabel");
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    const QString chinese = w.pairings.index(1, PairingListModel::ChinesePlace).data().toString();
    const QString us = w.pairings.index(1, PairingListModel::UsPlace).data().toString();
    const QString second = w.text("titleLabel");
    QVERIFY(second != first);
    QVERIFY2(chinese.startsWith(second.section(QStringLiteral(" – "), 0, 0)), qPrintable(second));
    QVERIFY2(second.endsWith(us), qPrintable(second));
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(w.text("titleLabel"), first);
}

void TestMainWindow::headerClickSortsInTheDatabase()
{
    TestWindow w(*m_db);
    QTableView *table = w.view("pairingsView");
    QHeaderView *header = table->horizontalHeader();
    table->setCurrentIndex(w.pairings.index(3, 0));
    const QVariant chosen = table->currentIndex().data(Roles::RecordIdRole);
    const QString title = w.text("titleLabel");
    const int x = header->sectionViewportPosition(PairingListModel::Established) +
                  header->sectionSize(PairingListModel::Established) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(PairingListModel::Established));
    const QString firstDate =
        w.pairings.index(0, PairingListModel::Established).data(Roles::IsoDateRole).toString();
    QVERIFY2(firstDate.startsWith(QStringLiteral("1979")), qPrintable(firstDate));
    // The chosen pairing stays chosen, at its new place in the list, and its detail stays.
    QCOMPARE(table->currentIndex().data(Roles::RecordIdRole), chosen);
    QCOMPARE(w.text("titleLabel"), title);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QVERIFY(w.pairings.index(0, PairingListModel::Established).data(Roles::IsoDateRole).toString() >
            QStringLiteral("2000"));
}

void TestMainWindow::statusBarCountsPairings()
{
    TestWindow w(*m_db);
    const int total =
        TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM pairings")).toInt();
    const int exchanges =
        TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM exchanges")).toInt();
    QCOMPARE(w.text("countLabel"),
             QStringLiteral("Pairings: %1 of %1 · Exchanges: %2 of %2").arg(total).arg(exchanges));
}

// As the program starts: the first rows first; the counts, the filter choices and the charts
// once the window is up (issue 19), and the same as when everything is read at once.
void TestMainWindow::countsAndChoicesArriveAfterTheFirstPaint()
{
    const int total =
        TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM pairings")).toInt();
    const int exchanges =
        TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM exchanges")).toInt();
    const FilterChoices atOnce = FilterChoicesModel(*m_db).choices();
    TestWindow w(*m_db, true);
    QVERIFY(w.pairings.rowCount() > 0);
    QTRY_COMPARE(
        w.text("countLabel"),
        QStringLiteral("Pairings: %1 of %1 · Exchanges: %2 of %2").arg(total).arg(exchanges));
    QVERIFY(w.workspace.choices.isRead());
    QCOMPARE(w.workspace.choices.choices().levels.size(), atOnce.levels.size());
    QCOMPARE(w.workspace.choices.choices().provinces.size(), atOnce.provinces.size());
    // The filter bar offers them, with their counts.
    auto *level = w.window->findChild<QComboBox *>(QStringLiteral("levelFilter"));
    QVERIFY(level);
    QCOMPARE(level->count(), atOnce.levels.size() + 1);
    // The timeline and the statistics were counted on their thread.
    QTRY_VERIFY(!w.workspace.timeline.isCounting());
    QVERIFY(w.workspace.timeline.rowCount() > 0);
    QTRY_VERIFY(!w.workspace.provinces.isCounting());
    QVERIFY(w.workspace.provinces.total() > 0);
}

void TestMainWindow::layoutIsRestoredOnNextStart()
{
    QList<int> sizes;
    int columnWidth = 0;
    QSize windowSize;
    {
        TestWindow w(*m_db);
        MainWindow *window = w.window.get();
        window->resize(1000, 640);
        auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({380, 620});
        sizes = splitter->sizes();
        w.view("pairingsView")->horizontalHeader()->resizeSection(PairingListModel::UsPlace, 137);
        columnWidth =
            w.view("pairingsView")->horizontalHeader()->sectionSize(PairingListModel::UsPlace);
        windowSize = window->size();
        window->close();
    }
    TestWindow w(*m_db);
    MainWindow *window = w.window.get();
    QCOMPARE(window->size(), windowSize);
    QCOMPARE(window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    QCOMPARE(w.view("pairingsView")->horizontalHeader()->sectionSize(PairingListModel::UsPlace),
             137);
    QCOMPARE(columnWidth, 137);
}

void TestMainWindow::aboutNamesSourcesAndLicences()
{
    TestWindow w(*m_db);
    MainWindow *window = w.window.get();
    bool hasAbout = false;
    for (QAction *action : window->menuBar()->actions()) {
        for (QAction *item : action->menu()->actions())
            hasAbout = hasAbout || item->text() == QLatin1String("&About Bridges");
    }
    QVERIFY(hasAbout);
    const QString about = AboutBox::text(0, std::nullopt);
    for (const char *needle : {"Hekman/twincities", "MIT", "Wikipedia", "CC BY-SA", "Natural Earth",
                               "public domain", "controlled on the ground"})
        QVERIFY2(about.contains(QLatin1String(needle)), needle);
}

QString TestMainWindow::aboutText(TestWindow &w)
{
    QString text;
    QTimer::singleShot(0, [&text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            box->close();
        }
    });
    w.window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    return text;
}

// The status bar and Help > About set the pairings held against the latest official total,
// as the database records it, and follow when a total is added, corrected or undone; with no
// total recorded they say nothing of one.
void TestMainWindow::pairingsAreSetAgainstTheLatestOfficialTotal()
{
    QTemporaryDir dir;
    const std::unique_ptr<Database> db = TestSupport::createWithShippedData(dir);
    const auto number = [&db](const char *sql) {
        return TestSupport::scalar(*db, QLatin1String(sql)).toLongLong();
    };
    const qint64 pairings = number("SELECT count(*) FROM pairings");
    const qint64 latest =
        number("SELECT total FROM official_counts ORDER BY date DESC, id DESC LIMIT 1");
    QVERIFY(pairings > 0 && latest > 0);
    const auto said = [pairings](qint64 total) {
        return QStringLiteral("%1 of %2 officially counted pairs").arg(pairings).arg(total);
    };
    TestWindow w(*db);
    QCOMPARE(w.text("officialCountLabel"), said(latest));
    QVERIFY2(aboutText(w).contains(said(latest)), qPrintable(aboutText(w)));
    QVERIFY(!aboutText(w).contains(QStringLiteral("284 pairs in 2023")));

    // A newer total, then a correction of it: both say the newest figure at once.
    OfficialCount newer;
    newer.date = PartialDate::month(2026, 5);
    newer.total = int(latest) + 5;
    QString error;
    qint64 id = 0;
    QVERIFY2(w.commands.addOfficialCount(newer, &error, &id), qPrintable(error));
    QCOMPARE(number("SELECT total FROM official_counts ORDER BY date DESC, id DESC LIMIT 1"),
             latest + 5);
    QCOMPARE(w.text("officialCountLabel"), said(latest + 5));
    QVERIFY(aboutText(w).contains(said(latest + 5)));
    QVERIFY(aboutText(w).contains(QStringLiteral("May 2026")));
    const std::optional<OfficialCount> read = w.commands.officialCount(id, &error);
    QVERIFY(read);
    OfficialCount corrected = *read;
    corrected.total = int(latest) + 9;
    QVERIFY2(w.commands.editOfficialCount(*read, corrected, &error), qPrintable(error));
    QCOMPARE(w.text("officialCountLabel"), said(latest + 9));
    QVERIFY(aboutText(w).contains(said(latest + 9)));
    QVERIFY(w.commands.undo(&error));
    QCOMPARE(w.text("officialCountLabel"), said(latest + 5));
    QVERIFY(w.commands.undo(&error));
    QCOMPARE(w.text("officialCountLabel"), said(latest));

    // Without any total, nothing is said of one.
    TestSupport::execute(*db, QStringLiteral("DELETE FROM official_counts"));
    w.workspace.notifier.announce(ChangeNotifier::Everything); // as F5 does
    QVERIFY(!w.window->findChild<QLabel *>(QStringLiteral("officialCountLabel"))->isVisible());
    QVERIFY(!aboutText(w).contains(QStringLiteral("officially counted")));
    QVERIFY(aboutText(w).contains(QStringLiteral("Hekman/twincities")));
}

// F1 (Help > Keyboard Shortcuts) lists every menu command that has keys, with the keys the
// menus really hold (standard keys in this system's form), and the keys of the lists and map.
void TestMainWindow::helpListsTheKeyboardShortcuts()
{
    TestWindow w(*m_db);
    w.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
    w.window->showPairing(
        TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis")));
    QTest::keyClick(w.window.get(), Qt::Key_F1);
    auto *list = w.window->findChild<QDialog *>(QStringLiteral("shortcutList"));
    QVERIFY(list && list->isVisible());
    auto *tree = list->findChild<QTreeWidget *>(QStringLiteral("shortcuts"));
    QHash<QString, QString> keys;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        keys.insert((*it)->text(0), (*it)->text(1));
    const auto native = [](QKeySequence::StandardKey key) {
        return QKeySequence(key).toString(QKeySequence::NativeText);
    };
    QCOMPARE(keys.value(QStringLiteral("Undo")), native(QKeySequence::Undo));
    QCOMPARE(keys.value(QStringLiteral("Quit")), native(QKeySequence::Quit));
    QVERIFY(keys.value(QStringLiteral("Refresh")).startsWith(QStringLiteral("F5")));
    QCOMPARE(keys.value(QStringLiteral("Keyboard Shortcuts")), native(QKeySequence::HelpContents));
    QCOMPARE(keys.value(QStringLiteral("Zoom in")), QStringLiteral("+"));
    QCOMPARE(keys.value(QStringLiteral("Back to the search box")), QStringLiteral("Esc"));
    // A command is listed by its own name, not by the record it would act on now.
    QVERIFY(keys.contains(QStringLiteral("Edit Pairing")));
    // Every command in the menus with keys is listed.
    int withKeys = 0;
    for (QMenu *menu : w.window->menuBar()->findChildren<QMenu *>()) {
        for (QAction *action : menu->actions())
            withKeys += !action->menu() && !action->shortcuts().isEmpty() ? 1 : 0;
    }
    int listed = 0;
    for (int i = 0; i < tree->topLevelItemCount() - 3; ++i) // less the lists, search, map
        listed += tree->topLevelItem(i)->childCount();
    QCOMPARE(listed, withKeys);
    list->close();
}

// View > Place Names > Chinese: the list names Nanjing 南京 at once, and the choice is kept
// for the next start; Both gives both names back.
void TestMainWindow::viewPlaceNamesNamesPlacesInChinese()
{
    TestWindow w(*m_db);
    const int row = rowOf(w.pairings, QStringLiteral("St. Louis"));
    QVERIFY(row >= 0);
    const auto chinesePlace = [&] {
        return w.view("pairingsView")
            ->model()
            ->index(row, PairingListModel::ChinesePlace)
            .data()
            .toString();
    };
    QCOMPARE(chinesePlace(), QStringLiteral("Nanjing 南京"));
    w.window->findChild<QAction *>(QStringLiteral("placeNames_zh"))->trigger();
    QCOMPARE(chinesePlace(), QStringLiteral("南京"));
    QCOMPARE(QSettings(QSettings::UserScope, QStringLiteral("Bridges"), QStringLiteral("Bridges"))
                 .value(QStringLiteral("view/placeNames"))
                 .toString(),
             QStringLiteral("zh"));
    w.window->findChild<QAction *>(QStringLiteral("placeNames_both"))->trigger();
    QCOMPARE(chinesePlace(), QStringLiteral("Nanjing 南京"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
