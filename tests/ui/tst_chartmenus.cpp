// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/placenaming.h"
#include "app/domain/vocabulary.h"
#include "app/models/breakdownmodel.h"
#include "app/models/mapmodel.h"
#include "app/models/timelineseries.h"
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testwindow.h"
#include "ui/chart/timelinechart.h"
#include "ui/map/mapview.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

// The right-click menus of the charts and the map, through the real window: Copy, Export…
// and Save Data as CSV…, the last writing the numbers the chart draws under the filters in
// use, as it names them. A right-click on a bar opens the menu and does not filter to its
// year as a click does. Completeness, which is no chart, has no such menu.
class TestChartMenus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void timelineDataAsTheChartShowsIt();
    void statisticsDataAsTheChartShowsIt();
    void mapCopiedAndItsDataSaved();
    void completenessHasNoChartMenu();

private:
    // Right-clicks at the point of the widget; in the menu that opens, lists the actions'
    // texts and triggers the one named (none: closes the menu). path answers a file dialog
    // the action opens.
    static QStringList rightClick(QWidget *widget, QPoint at, const QString &chosen,
                                  const QString &path = QString());
    static QList<QByteArray> lines(const QString &path);
    int sql(const QString &query) const { return TestSupport::scalar(*m_db, query).toInt(); }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestChartMenus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = TestSupport::createWithShippedData(m_dir);
}

void TestChartMenus::init()
{
    QSettings(QSettings::UserScope, QStringLiteral("Bridges"), QStringLiteral("Bridges")).clear();
}

QStringList TestChartMenus::rightClick(QWidget *widget, QPoint at, const QString &chosen,
                                       const QString &path)
{
    QStringList shown;
    QObject answering; // what is still waiting when this returns waits no more
    QTimer::singleShot(0, &answering, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QAction *pick = nullptr;
        for (QAction *action : menu->actions()) {
            shown << action->text();
            if (action->text() == chosen)
                pick = action;
        }
        if (pick && !path.isEmpty()) {
            QTimer::singleShot(0, &answering, [&] {
                auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
                dialog->selectFile(path);
                QMetaObject::invokeMethod(dialog, "accept"); // as Save does
            });
        }
        menu->close();
        if (pick)
            pick->trigger();
    });
    // As the window system gives it: the button, and the menu asked for.
    QTest::mouseClick(widget, Qt::RightButton, {}, at);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, widget->mapToGlobal(at));
    QApplication::sendEvent(widget, &event);
    return shown;
}

QList<QByteArray> TestChartMenus::lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().trimmed().split('\n');
}

void TestChartMenus::timelineDataAsTheChartShowsIt()
{
    TestWindow w(*m_db);
    w.window->resize(1400, 900);
    // Under a filter, by mode, with one mode switched off in the legend: the file says what
    // the chart shows.
    auto *level = w.window->findChild<QComboBox *>(QStringLiteral("levelFilter"));
    level->setCurrentIndex(level->findData(QStringLiteral("city")));
    auto *split = w.window->findChild<QComboBox *>(QStringLiteral("splitBox"));
    split->setCurrentIndex(1);
    auto *view = w.window->findChild<QChartView *>(QStringLiteral("timelineView"));
    auto *chart = static_cast<TimelineChart *>(view->chart());
    chart->setHiddenKeys({QStringLiteral("hybrid")});
    QVERIFY(QTest::qWaitFor([chart] { return chart->plotArea().width() > 100; }));
    const TimelineSeries &model = w.workspace.timeline;
    QVERIFY(!model.isCounting());
    // The middle of the 2015 bar, where a left click would filter to that year.
    const int row = 2015 - model.firstYear();
    qreal total = 0;
    for (int c = 0; c < model.categoryCount(); ++c)
        total += model.index(row, c).data().toReal();
    QVERIFY(total > 0);
    QAbstractSeries *bars = nullptr;
    for (QAbstractSeries *series : chart->series()) {
        if (!bars && qobject_cast<QStackedBarSeries *>(series))
            bars = series;
    }
    const QPoint bar =
        view->mapFromScene(chart->mapToScene(chart->mapToPosition(QPointF(row, total / 2), bars)));

    const QString path = m_dir.filePath(QStringLiteral("timeline.csv"));
    const QStringList shown =
        rightClick(view->viewport(), bar, QStringLiteral("Save Data as &CSV…"), path);
    QCOMPARE(shown, (QStringList{QStringLiteral("&Copy"), QStringLiteral("&Export…"),
                                 QStringLiteral("Save Data as &CSV…")}));
    QTest::qWait(50); // a click's filter would come queued
    QCOMPARE(w.window->findChild<QSpinBox *>(QStringLiteral("exchangeFrom"))->value(),
             w.window->findChild<QSpinBox *>(QStringLiteral("exchangeFrom"))->minimum());

    const QList<QByteArray> written = lines(path);
    QVERIFY(!written.isEmpty());
    QCOMPARE(written.first().trimmed(), QByteArray("year,series,count"));
    // The count the chart draws for in-person exchanges in 2015, under the city filter.
    qint64 inPerson = -1;
    for (int c = 0; c < model.categoryCount(); ++c) {
        if (model.categoryKey(c) == QLatin1String("in_person"))
            inPerson = model.index(row, c).data().toLongLong();
    }
    QVERIFY(inPerson > 0);
    const QString line = QStringLiteral("2015,%1,%2\r")
                             .arg(Vocabulary::displayNameOfModeKey(QStringLiteral("in_person")))
                             .arg(inPerson);
    QVERIFY2(written.contains(line.toUtf8()), qPrintable(line));
    bool hybrid = false;
    bool newPairings = false;
    for (const QByteArray &line : written) {
        hybrid |= line.contains(",Hybrid,");
        newPairings |= line.startsWith("2015,New pairings,");
    }
    QVERIFY(!hybrid); // switched off in the legend
    QVERIFY(newPairings);
    QVERIFY2(w.window->statusBar()->currentMessage().contains(QStringLiteral("timeline.csv")),
             qPrintable(w.window->statusBar()->currentMessage()));

    // Copy and Export… are Edit > Copy Chart and File > Export Chart….
    QGuiApplication::clipboard()->clear();
    rightClick(view->viewport(), QPoint(10, 10), QStringLiteral("&Copy"));
    QVERIFY(!QGuiApplication::clipboard()->image().isNull());
}

void TestChartMenus::statisticsDataAsTheChartShowsIt()
{
    TestWindow w(*m_db);
    w.window->findChild<QTabWidget *>(QStringLiteral("chartTabs"))->setCurrentIndex(1);
    auto *statistic = w.window->findChild<QComboBox *>(QStringLiteral("statisticBox"));
    statistic->setCurrentIndex(statistic->findData(int(BreakdownModel::PairingsByState)));
    auto *relation = w.window->findChild<QComboBox *>(QStringLiteral("relationFilter"));
    relation->setCurrentIndex(relation->findData(QStringLiteral("sister")));
    auto *view = w.window->findChild<QChartView *>(QStringLiteral("statisticsView"));
    const QString path = m_dir.filePath(QStringLiteral("states.csv"));
    rightClick(view->viewport(), QPoint(view->width() / 2, 40),
               QStringLiteral("Save Data as &CSV…"), path);
    const QList<QByteArray> written = lines(path);
    QVERIFY(!written.isEmpty());
    QCOMPARE(written.first().trimmed(), QByteArray("state,pairings"));
    const BreakdownModel &states = w.workspace.states;
    QCOMPARE(written.size() - 1, states.rowCount());
    qint64 sum = 0;
    for (qsizetype i = 1; i < written.size(); ++i)
        sum += written.at(i).trimmed().split(',').last().toLongLong();
    QCOMPARE(sum, states.total());
    QCOMPARE(sum, qint64(sql(QStringLiteral("SELECT count(*) FROM pairings WHERE relation = "
                                            "'sister'"))));
}

void TestChartMenus::mapCopiedAndItsDataSaved()
{
    TestWindow w(*m_db);
    w.window->findChild<QTabWidget *>(QStringLiteral("lists"))->setCurrentIndex(2);
    auto *map = w.window->findChild<MapView *>();
    QVERIFY(map && map->isVisible());
    QGuiApplication::clipboard()->clear();
    const QStringList shown =
        rightClick(map, QPoint(map->width() / 2, map->height() / 2), QStringLiteral("&Copy"));
    QCOMPARE(shown, (QStringList{QStringLiteral("&Copy"), QStringLiteral("&Export…"),
                                 QStringLiteral("Save Data as &CSV…")}));
    const QImage image = QGuiApplication::clipboard()->image();
    QVERIFY(image.width() >= 640 && image.height() >= 400);

    const QString path = m_dir.filePath(QStringLiteral("map.csv"));
    rightClick(map, QPoint(map->width() / 2, map->height() / 2),
               QStringLiteral("Save Data as &CSV…"), path);
    const QList<QByteArray> written = lines(path);
    QVERIFY(!written.isEmpty());
    QCOMPARE(written.first().trimmed(), QByteArray("place,latitude,longitude,pairings"));
    QCOMPARE(written.size() - 1, w.workspace.map.spots().size());
    const QString nanjingName = PlaceNaming::shown(
        QStringLiteral("Nanjing"),
        TestSupport::scalar(*m_db, QStringLiteral("SELECT name_zh FROM places WHERE name_en = "
                                                  "'Nanjing' AND country_code = 'CN'"))
            .toString());
    const int nanjing = sql(QStringLiteral(
        "SELECT count(*) FROM pairings p JOIN places c ON c.id = p.chinese_place_id JOIN places "
        "u ON u.id = p.us_place_id WHERE c.name_en = 'Nanjing' AND c.latitude IS NOT NULL AND "
        "u.latitude IS NOT NULL"));
    bool found = false;
    for (const QByteArray &line : written) {
        if (line.startsWith((nanjingName + QLatin1Char(',')).toUtf8())) {
            found = true;
            QCOMPARE(line.trimmed().split(',').last().toInt(), nanjing);
        }
    }
    QVERIFY(found);
}

void TestChartMenus::completenessHasNoChartMenu()
{
    TestWindow w(*m_db);
    w.window->findChild<QTabWidget *>(QStringLiteral("chartTabs"))->setCurrentIndex(2);
    auto *completeness = w.window->findChild<QWidget *>(QStringLiteral("completenessView"));
    QVERIFY(completeness);
    QVERIFY(completeness->actions().isEmpty());
    QVERIFY(completeness->contextMenuPolicy() != Qt::ActionsContextMenu);
}

QTEST_MAIN(TestChartMenus)
#include "tst_chartmenus.moc"
