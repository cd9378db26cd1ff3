// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/pairinglistmodel.h"
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testwindow.h"
#include "ui/chart/chartspane.h"
#include "ui/panes/filterbar.h"
#include "ui/panes/pairingdetailpane.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The keyboard's ways through the main window: Down or Enter in the search box runs the search
// and goes to the first row of the list in view (not fifteen Tabs away); Escape in the list comes
// back to the search box; Tab walks the window in the order it is seen: the filters row by row,
// then the lists, the chosen record's detail and the charts.
class TestKeyboardPaths : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void searchBoxGoesOnToTheList_data();
    void searchBoxGoesOnToTheList();
    void escapeComesBackToTheSearchBox_data();
    void escapeComesBackToTheSearchBox();
    void tabFollowsWhatIsSeen_data();
    void tabFollowsWhatIsSeen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

namespace {
QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget()) {
        if (!w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_")))
            path.prepend(w->objectName());
    }
    return QLatin1String(widget->metaObject()->className()) + QLatin1Char(' ') +
           path.join(QLatin1Char('/'));
}

// Which part of the window a widget belongs to, in the order they are seen (top, then left to
// right, then below): -1 for none of them.
int partOf(const QWidget *widget, const QList<const QWidget *> &parts)
{
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts.at(i) == widget || parts.at(i)->isAncestorOf(widget))
            return int(i);
    }
    return -1;
}
} // namespace

void TestKeyboardPaths::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = TestSupport::createWithShippedData(m_dir);
}

void TestKeyboardPaths::init()
{
    QSettings(QSettings::UserScope, QStringLiteral("Bridges"), QStringLiteral("Bridges")).clear();
}

void TestKeyboardPaths::searchBoxGoesOnToTheList_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("list");
    for (const char *list : {"pairingsView", "exchangesView"}) {
        QTest::addRow("Down, %s", list) << int(Qt::Key_Down) << QString::fromLatin1(list);
        QTest::addRow("Return, %s", list) << int(Qt::Key_Return) << QString::fromLatin1(list);
        QTest::addRow("Enter, %s", list) << int(Qt::Key_Enter) << QString::fromLatin1(list);
    }
}

void TestKeyboardPaths::searchBoxGoesOnToTheList()
{
    QFETCH(int, key);
    QFETCH(QString, list);
    TestWindow w(*m_db);
    QApplication::setActiveWindow(w.window.get());
    QTableView *view = w.view(qPrintable(list));
    w.window->findChild<QTabWidget *>(QStringLiteral("lists"))->setCurrentWidget(view);
    auto *search = w.window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    search->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, QStringLiteral("nanjing"));
    QTest::keyClick(search, Qt::Key(key));
    // The search runs at once, without waiting for the typing to pause.
    QCOMPARE(w.pairings.filter().search, QStringLiteral("nanjing"));
    QCOMPARE(QApplication::focusWidget(), view);
    QVERIFY(view->model()->rowCount() > 0);
    QCOMPARE(view->currentIndex().row(), 0);
    // The keys go on in the list.
    if (view->model()->rowCount() > 1) {
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().row(), 1);
    }
}

void TestKeyboardPaths::escapeComesBackToTheSearchBox_data()
{
    QTest::addColumn<QString>("list");
    QTest::newRow("pairings") << QStringLiteral("pairingsView");
    QTest::newRow("exchanges") << QStringLiteral("exchangesView");
    QTest::newRow("map") << QStringLiteral("mapView");
}

void TestKeyboardPaths::escapeComesBackToTheSearchBox()
{
    QFETCH(QString, list);
    TestWindow w(*m_db);
    QApplication::setActiveWindow(w.window.get());
    auto *search = w.window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    search->setText(QStringLiteral("ohio"));
    auto *lists = w.window->findChild<QTabWidget *>(QStringLiteral("lists"));
    QWidget *inView = nullptr;
    for (int tab = 0; tab < lists->count(); ++tab) {
        if (lists->widget(tab)->objectName() == list)
            inView = lists->widget(tab);
    }
    QVERIFY2(inView, qPrintable(list));
    lists->setCurrentWidget(inView);
    inView->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), inView);
    QTest::keyClick(inView, Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget(), search);
    QCOMPARE(search->selectedText(), QStringLiteral("ohio")); // typing replaces the search
}

void TestKeyboardPaths::tabFollowsWhatIsSeen_data()
{
    QTest::addColumn<bool>("moreFilters");
    QTest::newRow("the filters used most") << false;
    QTest::newRow("more filters shown") << true;
}

// From the search box, Tab goes through every part of the window once, in the order they are
// seen, and comes back to the search box; the filters are walked row by row, left to right.
void TestKeyboardPaths::tabFollowsWhatIsSeen()
{
    QFETCH(bool, moreFilters);
    TestWindow w(*m_db);
    w.window->resize(1024, 640);
    QApplication::setActiveWindow(w.window.get());
    w.window->showPairing(
        TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis")));
    auto *bar = w.window->findChild<FilterBar *>();
    if (moreFilters)
        QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("moreFilters")),
                          Qt::LeftButton);
    auto *search = w.window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    search->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), search);

    QList<QWidget *> walked{search};
    for (int step = 0; step < 80; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (now == search)
            break;
        if (now == walked.last())
            continue; // from link to link in a label, say
        walked << now;
        if (walked.indexOf(now) != walked.size() - 1) {
            QStringList order;
            for (const QWidget *widget : walked)
                order << describe(widget);
            QFAIL(qPrintable(describe(now) + QStringLiteral(" twice: ") +
                             order.join(QStringLiteral(", "))));
        }
    }
    QStringList order;
    for (const QWidget *widget : walked)
        order << describe(widget);
    QVERIFY2(
        QApplication::focusWidget() == search,
        qPrintable(QStringLiteral("Tab never came back: ") + order.join(QStringLiteral(", "))));

    const QList<const QWidget *> parts{
        bar, w.window->findChild<QTabWidget *>(QStringLiteral("lists")),
        w.window->findChild<PairingDetailPane *>(), w.window->findChild<ChartsPane *>()};
    int part = 0;
    for (const QWidget *widget : walked) {
        const int now = partOf(widget, parts);
        QVERIFY2(now >= 0,
                 qPrintable(describe(widget) + QStringLiteral(" is in none of the parts; ") +
                            order.join(QStringLiteral(", "))));
        QVERIFY2(now >= part,
                 qPrintable(QStringLiteral("out of order: ") + order.join(QStringLiteral(", "))));
        part = now;
    }
    QCOMPARE(part, int(parts.size()) - 1); // every part is reached

    // In the filter bar: row by row, each row left to right.
    const QWidget *before = nullptr;
    for (const QWidget *widget : walked) {
        if (!bar->isAncestorOf(widget))
            continue;
        if (before) {
            const QRect a(before->mapTo(bar, QPoint(0, 0)), before->size());
            const QRect b(widget->mapTo(bar, QPoint(0, 0)), widget->size());
            const bool sameRow = std::abs(a.center().y() - b.center().y()) < a.height() / 2;
            QVERIFY2(sameRow ? b.left() > a.left() : b.center().y() > a.center().y(),
                     qPrintable(describe(widget) + QStringLiteral(" comes after ") +
                                describe(before) + QStringLiteral("; ") +
                                order.join(QStringLiteral(", "))));
        }
        before = widget;
    }
}

QTEST_MAIN(TestKeyboardPaths)
#include "tst_keyboardpaths.moc"
