// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/exchangedetailmodel.h"
#include "app/models/exchangelistmodel.h"
#include "app/models/filterchoicesmodel.h"
#include "app/models/pairingdetailmodel.h"
#include "app/models/pairinglistmodel.h"
#include "app/models/roles.h"
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"
#include "ui/dialogs/aboutbox.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The main window driven as a user would: click a pairing and read the detail pane, move with
// the arrow keys, sort by a header click, and find the layout as it was left on the next start.
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
    void layoutIsRestoredOnNextStart();
    void aboutNamesSourcesAndLicences();

private:
    std::unique_ptr<MainWindow> makeWindow();
    QTableView *view(MainWindow &window) const;
    QString text(MainWindow &window, const char *label) const;
    int rowOf(PairingListModel &model, const QString &usPlace) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PairingListModel> m_list;
    std::unique_ptr<PairingDetailModel> m_detail;
    std::unique_ptr<ExchangeListModel> m_exchanges;
    std::unique_ptr<ExchangeDetailModel> m_exchangeDetail;
    std::unique_ptr<FilterChoicesModel> m_choices;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = TestSupport::createWithShippedData(m_dir);
}

void TestMainWindow::init()
{
    QSettings(QSettings::UserScope, QStringLiteral("Bridges"), QStringLiteral("Bridges")).clear();
    m_list = std::make_unique<PairingListModel>(*m_db);
    m_detail = std::make_unique<PairingDetailModel>(*m_db);
    m_exchanges = std::make_unique<ExchangeListModel>(*m_db);
    m_exchangeDetail = std::make_unique<ExchangeDetailModel>(*m_db);
    m_choices = std::make_unique<FilterChoicesModel>(*m_db);
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    auto window = std::make_unique<MainWindow>(
        MainWindow::Models{m_list.get(), m_detail.get(), m_exchanges.get(), m_exchangeDetail.get(),
                           m_choices.get()},
        m_db->location());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("the window was not exposed");
    return window;
}

QTableView *TestMainWindow::view(MainWindow &window) const
{
    return window.findChild<QTableView *>(QStringLiteral("pairingsView"));
}

QString TestMainWindow::text(MainWindow &window, const char *label) const
{
    auto *widget = window.findChild<QLabel *>(QLatin1String(label));
    return widget ? widget->text() : QStringLiteral("<no label %1>").arg(QLatin1String(label));
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
    auto window = makeWindow();
    QTableView *table = view(*window);
    QVERIFY(table);
    const int row = rowOf(*m_list, QStringLiteral("St. Louis"));
    QVERIFY(row >= 0);
    const QModelIndex index = m_list->index(row, PairingListModel::UsPlace);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());

    QCOMPARE(text(*window, "titleLabel"), QStringLiteral("Nanjing – St. Louis"));
    const QString chinese = text(*window, "chinesePlaceLabel");
    QVERIFY2(chinese.contains(QStringLiteral("南京")) &&
                 chinese.contains(QStringLiteral("Jiangsu")),
             qPrintable(chinese));
    QVERIFY2(chinese.contains(QStringLiteral("32.061° N, 118.779° E")), qPrintable(chinese));
    const QString us = text(*window, "usPlaceLabel");
    QVERIFY2(us.contains(QStringLiteral("Missouri")) && us.contains(QStringLiteral("90.198° W")),
             qPrintable(us));
    QCOMPARE(text(*window, "establishedLabel"), QStringLiteral("Nov 1979"));
    QCOMPARE(text(*window, "relationLabel"), QStringLiteral("Sister"));
    QCOMPARE(text(*window, "levelLabel"), QStringLiteral("City"));
    QCOMPARE(text(*window, "statusLabel"), QStringLiteral("Not recorded"));
    QVERIFY(text(*window, "sourcesLabel").contains(QStringLiteral("<a href=\"http://chicago.")));
    auto *exchanges = window->findChild<QTableView *>(QStringLiteral("pairingExchangesView"));
    QVERIFY(exchanges && exchanges->isVisible());
    const int count =
        TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM exchange_pairings "
                                                  "WHERE pairing_id = %1")
                                       .arg(index.data(Roles::RecordIdRole).toLongLong()))
            .toInt();
    QVERIFY(count >= 5);
    QCOMPARE(exchanges->model()->rowCount(), count);
    QCOMPARE(text(*window, "exchangesCaption"), QStringLiteral("Exchanges (%1)").arg(count));
}

void TestMainWindow::arrowKeysMoveAndTheDetailFollows()
{
    auto window = makeWindow();
    QTableView *table = view(*window);
    table->setFocus();
    QCOMPARE(table->currentIndex().row(), 0);
    const QString first = text(*window, "titleLabel");
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    const QString chinese = m_list->index(1, PairingListModel::ChinesePlace).data().toString();
    const QString us = m_list->index(1, PairingListModel::UsPlace).data().toString();
    const QString second = text(*window, "titleLabel");
    QVERIFY(second != first);
    QVERIFY2(chinese.startsWith(second.section(QStringLiteral(" – "), 0, 0)), qPrintable(second));
    QVERIFY2(second.endsWith(us), qPrintable(second));
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(text(*window, "titleLabel"), first);
}

void TestMainWindow::headerClickSortsInTheDatabase()
{
    auto window = makeWindow();
    QTableView *table = view(*window);
    QHeaderView *header = table->horizontalHeader();
    table->setCurrentIndex(m_list->index(3, 0));
    const QVariant chosen = table->currentIndex().data(Roles::RecordIdRole);
    const QString title = text(*window, "titleLabel");
    const int x = header->sectionViewportPosition(PairingListModel::Established) +
                  header->sectionSize(PairingListModel::Established) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(PairingListModel::Established));
    const QString firstDate =
        m_list->index(0, PairingListModel::Established).data(Roles::IsoDateRole).toString();
    QVERIFY2(firstDate.startsWith(QStringLiteral("1979")), qPrintable(firstDate));
    // The chosen pairing stays chosen, at its new place in the list, and its detail stays.
    QCOMPARE(table->currentIndex().data(Roles::RecordIdRole), chosen);
    QCOMPARE(text(*window, "titleLabel"), title);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QVERIFY(m_list->index(0, PairingListModel::Established).data(Roles::IsoDateRole).toString() >
            QStringLiteral("2000"));
}

void TestMainWindow::statusBarCountsPairings()
{
    auto window = makeWindow();
    const int total =
        TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM pairings")).toInt();
    const int exchanges =
        TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM exchanges")).toInt();
    QCOMPARE(text(*window, "countLabel"),
             QStringLiteral("Pairings: %1 of %1 · Exchanges: %2 of %2").arg(total).arg(exchanges));
}

void TestMainWindow::layoutIsRestoredOnNextStart()
{
    QList<int> sizes;
    int columnWidth = 0;
    QSize windowSize;
    {
        auto window = makeWindow();
        window->resize(1000, 640);
        auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({380, 620});
        sizes = splitter->sizes();
        view(*window)->horizontalHeader()->resizeSection(PairingListModel::UsPlace, 137);
        columnWidth = view(*window)->horizontalHeader()->sectionSize(PairingListModel::UsPlace);
        windowSize = window->size();
        window->close();
    }
    auto window = makeWindow();
    QCOMPARE(window->size(), windowSize);
    QCOMPARE(window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    QCOMPARE(view(*window)->horizontalHeader()->sectionSize(PairingListModel::UsPlace), 137);
    QCOMPARE(columnWidth, 137);
}

void TestMainWindow::aboutNamesSourcesAndLicences()
{
    auto window = makeWindow();
    bool hasAbout = false;
    for (QAction *action : window->menuBar()->actions()) {
        for (QAction *item : action->menu()->actions())
            hasAbout = hasAbout || item->text() == QLatin1String("&About Bridges");
    }
    QVERIFY(hasAbout);
    const QString about = AboutBox::text();
    for (const char *needle : {"Hekman/twincities", "MIT", "Wikipedia", "CC BY-SA", "Natural Earth",
                               "public domain", "controlled on the ground"})
        QVERIFY2(about.contains(QLatin1String(needle)), needle);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
