// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/placenaming.h"
#include "app/models/roles.h"
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testwindow.h"
#include "ui/dialogs/exportdrawingdialog.h"
#include "ui/map/mapfile.h"
#include "ui/map/maplabels.h"
#include "ui/map/mappainter.h"
#include "ui/map/mapview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QLineF>
#include <QMessageBox>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

// The map in the real window: a click on an arc chooses that pairing in the list and the
// detail pane; choosing in the list marks the arc; the map follows the filters and says how
// many pairings it cannot place.
class TestMap : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void clickingAnArcChoosesThePairing();
    void choosingInTheListMarksTheArc();
    void theMapFollowsTheFilter();
    void everyArcEndsAtItsPlacesOnTheMap();
    void anArcFollowsItsPlaceWhenMovedAndBack();
    void zoomedByPinchButtonsAndKeys();
    void placesAreLabelledAsZoomAllows();
    void aDarkPaletteGivesADarkMap();
    void exportedMapHoldsCaptionArcsAndCredit();
    void exportMapAsksBeforeReplacingAFile();

private:
    MapView *showMap(TestWindow &w) const;
    // How many pairings have an arc (one running past the map's edge has two pieces).
    static int arcedPairings(const MapModel &model)
    {
        QSet<qint64> ids;
        for (const MapModel::Arc &arc : model.arcs())
            ids.insert(arc.pairingId);
        return int(ids.size());
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestMap::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = TestSupport::createWithShippedData(*m_dir);
}

MapView *TestMap::showMap(TestWindow &w) const
{
    auto *map = w.window->findChild<MapView *>(QStringLiteral("mapView"));
    w.window->findChild<QTabWidget *>(QStringLiteral("lists"))->setCurrentWidget(map);
    map->fitChinaAndUs();
    return map;
}

void TestMap::clickingAnArcChoosesThePairing()
{
    TestWindow w(*m_db);
    MapView *map = showMap(w);
    const qint64 nanjing =
        TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
    // A point a third of the way along Nanjing – St. Louis that no other arc passes near.
    const MapModel &model = w.workspace.map;
    const auto arc =
        std::find_if(model.arcs().begin(), model.arcs().end(),
                     [nanjing](const MapModel::Arc &a) { return a.pairingId == nanjing; });
    QVERIFY(arc != model.arcs().end());
    QPoint target;
    for (qsizetype i = arc->path.size() / 4; i < arc->path.size() * 3 / 4; ++i) {
        const QPoint at = map->mapToWidget().map(arc->path.at(i)).toPoint();
        if (map->rect().contains(at) && map->pairingAt(at) == nanjing) {
            target = at;
            break;
        }
    }
    QVERIFY2(!target.isNull(), "no point of the arc stands apart from the others");
    QTest::mouseClick(map, Qt::LeftButton, {}, target);
    const QModelIndex current = w.view("pairingsView")->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(Roles::RecordIdRole).toLongLong(), nanjing);
    QCOMPARE(w.workspace.pairingDetail.detail().pairing.id, nanjing);
    QCOMPARE(map->selectedPairing(), nanjing);
}

void TestMap::choosingInTheListMarksTheArc()
{
    TestWindow w(*m_db);
    MapView *map = showMap(w);
    QTableView *list = w.view("pairingsView");
    list->setCurrentIndex(w.pairings.index(3, 0));
    QCOMPARE(map->selectedPairing(), list->currentIndex().data(Roles::RecordIdRole).toLongLong());
}

void TestMap::theMapFollowsTheFilter()
{
    TestWindow w(*m_db);
    showMap(w);
    const MapModel &model = w.workspace.map;
    const int all = int(model.pairings().size());
    QCOMPARE(all,
             TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM pairings")).toInt());
    // Each pairing is an arc or counted as not shown: none is placed anywhere invented.
    const int placed =
        TestSupport::scalar(
            *m_db, QStringLiteral("SELECT count(*) FROM pairings p JOIN places c ON c.id = "
                                  "p.chinese_place_id JOIN places u ON u.id = p.us_place_id WHERE "
                                  "c.latitude IS NOT NULL AND u.latitude IS NOT NULL"))
            .toInt();
    QCOMPARE(arcedPairings(model), placed);
    QCOMPARE(model.unplaced(), all - placed);
    // Chosen in the filter bar as a user would.
    auto *province = w.window->findChild<QComboBox *>(QStringLiteral("provinceFilter"));
    const int jiangsu = province->findData(QStringLiteral("CN-JS"));
    QVERIFY(jiangsu > 0);
    province->setCurrentIndex(jiangsu);
    const int inJiangsu =
        TestSupport::scalar(
            *m_db, QStringLiteral("SELECT count(*) FROM pairings p JOIN places c ON c.id = "
                                  "p.chinese_place_id LEFT JOIN places r ON r.id = c.parent_id "
                                  "WHERE 'CN-JS' IN (c.region_code, r.region_code)"))
            .toInt();
    QVERIFY(inJiangsu > 0 && inJiangsu < all);
    QCOMPARE(int(model.pairings().size()), inJiangsu);
    QCOMPARE(arcedPairings(model) + model.unplaced(), inJiangsu);
}

// An arc whose shortest way runs west, over the Arctic (Kunming – Schenectady, say), leaves the
// map at one edge: it comes in again at the other, so that it still ends at both places' dots.
void TestMap::everyArcEndsAtItsPlacesOnTheMap()
{
    TestWindow w(*m_db);
    showMap(w);
    const MapModel &model = w.workspace.map;
    const QRectF world = model.projection().world(-90, 90);
    int split = 0;
    for (const MapPairing &pairing : model.pairings()) {
        if (!pairing.chinese || !pairing.us)
            continue;
        const QPointF chinese = model.toMap(*pairing.chinese);
        const QPointF us = model.toMap(*pairing.us);
        bool startsThere = false;
        bool endsThere = false;
        int pieces = 0;
        for (const MapModel::Arc &arc : model.arcs()) {
            if (arc.pairingId != pairing.id)
                continue;
            ++pieces;
            // (Held in single precision: within two millionths of the map's width.)
            startsThere = startsThere || QLineF(arc.path.first(), chinese).length() < 1e-5;
            endsThere = endsThere || QLineF(arc.path.last(), us).length() < 1e-5;
        }
        QVERIFY2(startsThere && endsThere,
                 qPrintable(QStringLiteral("%1 – %2").arg(pairing.chineseName, pairing.usName)));
        QVERIFY(world.contains(chinese) && world.contains(us));
        if (pieces == 2)
            ++split;
    }
    QVERIFY2(split > 0, "the shipped data has a pairing whose shortest way runs west");
}

// Arcs are kept across refreshes; a place given other coordinates gets its arcs made again,
// and undoing the edit puts them back.
void TestMap::anArcFollowsItsPlaceWhenMovedAndBack()
{
    TestWindow w(*m_db);
    showMap(w);
    const MapModel &model = w.workspace.map;
    const auto pairing =
        std::find_if(model.pairings().begin(), model.pairings().end(), [](const MapPairing &p) {
            return p.usName == QStringLiteral("St. Louis") && p.us;
        });
    QVERIFY(pairing != model.pairings().end());
    const qint64 pairingId = pairing->id;
    const qint64 placeId = pairing->usPlaceId;
    const auto arcEnd = [&] {
        const auto arc = std::find_if(model.arcs().begin(), model.arcs().end(),
                                      [&](const auto &a) { return a.pairingId == pairingId; });
        return arc == model.arcs().end() ? QPointF() : arc->path.last();
    };
    const QPointF before = arcEnd();
    QString error;
    const Place read = *w.commands.place(placeId, &error);
    Place moved = read;
    moved.longitude = -122.4194; // San Francisco's
    moved.latitude = 37.7749;
    QVERIFY2(w.commands.editPlace(read, moved, &error), qPrintable(error));
    QTRY_VERIFY(QLineF(arcEnd(), model.toMap({-122.4194, 37.7749})).length() < 1e-5);
    QVERIFY2(w.commands.undo(&error), qPrintable(error));
    QTRY_VERIFY(QLineF(arcEnd(), before).length() < 1e-5);
}

void TestMap::zoomedByPinchButtonsAndKeys()
{
    TestWindow w(*m_db);
    MapView *map = showMap(w);
    const double fitted = map->mapToWidget().m11();
    // A touchpad's pinch, opening by half.
    const QPointF middle(map->width() / 2.0, map->height() / 2.0);
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2,
                              middle, middle, map->mapToGlobal(middle), 0.5, QPointF());
    QApplication::sendEvent(map, &pinch);
    QVERIFY(std::abs(map->mapToWidget().m11() - fitted * 1.5) < 1e-6);
    map->findChild<QToolButton *>(QStringLiteral("zoomOutButton"))->click();
    QVERIFY(std::abs(map->mapToWidget().m11() - fitted * 1.5 * 0.8) < 1e-6);
    map->findChild<QToolButton *>(QStringLiteral("fitButton"))->click();
    QVERIFY(std::abs(map->mapToWidget().m11() - fitted) < 1e-6);
    map->setFocus();
    QTest::keyClick(map, Qt::Key_Plus);
    QVERIFY(std::abs(map->mapToWidget().m11() - fitted * 1.25) < 1e-6);
    QTest::keyClick(map, Qt::Key_0);
    QVERIFY(std::abs(map->mapToWidget().m11() - fitted) < 1e-6);
}

// Counts first, then names as the map is zoomed in; the busiest places are named first, no
// label covers another, and what is laid out is what the window shows.
void TestMap::placesAreLabelledAsZoomAllows()
{
    TestWindow w(*m_db);
    MapView *map = showMap(w);
    map->resize(1100, 700);
    map->fitChinaAndUs();
    const MapModel &model = w.workspace.map;
    const QFontMetricsF metrics(map->font());
    const auto labels = [&] {
        const MapPainter::View view{map->mapToWidget(), QRectF(map->rect()),
                                    map->mapToWidget().m11(), map->font()};
        return MapLabels::lay(model, view, metrics);
    };
    QVERIFY(map->mapToWidget().m11() >= MapLabels::countsFrom);
    QVERIFY(map->mapToWidget().m11() < MapLabels::namesFrom);
    const QList<MapLabels::Label> fitted = labels();
    QVERIFY(!fitted.isEmpty());
    QVERIFY(std::none_of(fitted.begin(), fitted.end(), [](const auto &l) { return l.named; }));

    // Zoomed in on eastern China: names appear, the busiest place in view first.
    const auto nanjing =
        std::find_if(model.spots().begin(), model.spots().end(),
                     [](const auto &s) { return s.name == QStringLiteral("Nanjing"); });
    QVERIFY(nanjing != model.spots().end());
    map->zoomBy(3, map->mapToWidget().map(nanjing->at));
    const MapModel::Spot *busiest = nullptr;
    for (const MapModel::Spot &spot : model.spots()) {
        if (map->rect().contains(map->mapToWidget().map(spot.at).toPoint()) &&
            (!busiest || spot.pairings > busiest->pairings))
            busiest = &spot;
    }
    const QList<MapLabels::Label> zoomed = labels();
    QVERIFY2(zoomed.size() >= 20, qPrintable(QString::number(zoomed.size())));
    QCOMPARE(zoomed.first().placeId, busiest->placeId);
    QCOMPARE(zoomed.first().text, PlaceNaming::shown(busiest->name, busiest->nameZh) +
                                      QLatin1Char(' ') + QLocale().toString(busiest->pairings));
    for (qsizetype i = 0; i < zoomed.size(); ++i) {
        QVERIFY(zoomed.at(i).named);
        QVERIFY(map->rect().contains(zoomed.at(i).box.toAlignedRect().adjusted(1, 1, -1, -1)));
        for (qsizetype j = i + 1; j < zoomed.size(); ++j) {
            QVERIFY2(!zoomed.at(i).box.intersects(zoomed.at(j).box),
                     qPrintable(zoomed.at(i).text + QStringLiteral(" / ") + zoomed.at(j).text));
        }
    }
    // The window writes them: the first label's box holds dark text on its pale ground.
    QTest::qWait(300); // the base is drawn afresh once zooming stops
    const QImage shown = map->grab().toImage();
    const QRect box = zoomed.first().box.toAlignedRect();
    int dark = 0;
    for (int y = box.top(); y <= box.bottom(); ++y) {
        for (int x = box.left(); x <= box.right(); ++x)
            dark += qGray(shown.pixel(x, y)) < 100;
    }
    QVERIFY2(dark > box.width(), qPrintable(QString::number(dark)));
}

// The system's dark palette: a dark sea and land, light words and places, arcs still told
// apart by colour.
void TestMap::aDarkPaletteGivesADarkMap()
{
    TestWindow w(*m_db);
    MapView *map = showMap(w);
    map->resize(1100, 700);
    map->fitChinaAndUs();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    const QImage light = map->grab().toImage();
    w.window->setPalette(dark);
    const QImage shown = map->grab().toImage();
    if (!qEnvironmentVariableIsEmpty("BRIDGES_SHOTS"))
        shown.save(qEnvironmentVariable("BRIDGES_SHOTS") + QStringLiteral("/map-dark.png"));
    // The open Pacific south of Hawaii, and the middle of Nebraska.
    const MapModel &model = w.workspace.map;
    // (Of the pixels round each, the one an arc or a name does not cross.)
    const auto clearest = [&light](QPoint centre) {
        QPoint best = centre;
        for (int dy = -6; dy <= 6; ++dy) {
            for (int dx = -6; dx <= 6; ++dx) {
                const QPoint p = centre + QPoint(dx, dy);
                if (qGray(light.pixel(p)) > qGray(light.pixel(best)))
                    best = p;
            }
        }
        return best;
    };
    const QPoint sea = clearest(map->mapToWidget().map(model.toMap({-160, 5})).toPoint());
    const QPoint land = clearest(map->mapToWidget().map(model.toMap({-100, 41.5})).toPoint());
    QVERIFY(qGray(light.pixel(sea)) > 180 && qGray(light.pixel(land)) > 180);
    QVERIFY2(qGray(shown.pixel(sea)) < 80, qPrintable(QColor(shown.pixel(sea)).name()));
    QVERIFY2(qGray(shown.pixel(land)) < 100, qPrintable(QColor(shown.pixel(land)).name()));
    // The legend's words are light on its dark ground.
    int lightWords = 0;
    for (int y = 8; y < 60; ++y) {
        for (int x = 8; x < 200; ++x)
            lightWords += qGray(shown.pixel(x, y)) > 200;
    }
    QVERIFY2(lightWords > 50, qPrintable(QString::number(lightWords)));
}

// File > Export Map… writes what MapFile draws: the title, the filters, the arcs in their
// colours, the legend and the credit of the outlines.
void TestMap::exportedMapHoldsCaptionArcsAndCredit()
{
    TestWindow w(*m_db);
    showMap(w);
    const MapModel &model = w.workspace.map;
    const ChartCaption caption{QStringLiteral("Pairings & <partners>"),
                               QStringLiteral("All pairings"), QStringLiteral("Bridges · test")};
    QString error;
    const QString svgPath = m_dir->filePath(QStringLiteral("map.svg"));
    QVERIFY2(MapFile::write(model, caption, 0, svgPath, ChartFile::Format::Svg, QSize(1200, 800),
                            96, &error),
             qPrintable(error));
    QFile svg(svgPath);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(svg.readAll());
    QVERIFY(text.contains(QStringLiteral("<title>Pairings &amp; &lt;partners&gt;</title>")));
    QVERIFY(text.contains(QStringLiteral("All pairings")));
    QVERIFY(text.contains(QStringLiteral("Natural Earth")));
    QVERIFY(text.contains(QStringLiteral("City pairing")));
    // Every arc, as lines in the city pairings' blue and the province–state pairings' orange.
    QVERIFY(text.contains(QStringLiteral("stroke=\"#1f5fa8\"")));
    QVERIFY(text.contains(QStringLiteral("stroke=\"#c04a00\"")));
    QVERIFY2(text.count(QStringLiteral("<polyline")) >= model.arcs().size(),
             qPrintable(QString::number(text.count(QStringLiteral("<polyline")))));

    const QString pngPath = m_dir->filePath(QStringLiteral("map.png"));
    QVERIFY2(MapFile::write(model, caption, 0, pngPath, ChartFile::Format::Png, QSize(1200, 800),
                            96, &error),
             qPrintable(error));
    const QImage image(pngPath);
    QCOMPARE(image.size(), QSize(1200, 800));
    int blue = 0; // pixels of the arcs' blue, more blue than red by far
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (c.blue() > c.red() + 80 && c.blue() > 120)
                ++blue;
        }
    }
    QVERIFY2(blue > 500, qPrintable(QString::number(blue)));
    // A page too small for the captions still holds a strip of map, not a map upside down.
    QVERIFY2(MapFile::write(model, caption, 0, pngPath, ChartFile::Format::Png, QSize(200, 60), 300,
                            &error),
             qPrintable(error));
    QCOMPARE(QImage(pngPath).size(), QSize(200, 60));
}

// File > Export Map… through its dialog: a file of that name exists, the dialog asks (under its
// own title) before replacing it, and the map is written over it.
void TestMap::exportMapAsksBeforeReplacingAFile()
{
    TestWindow w(*m_db);
    const QString path = m_dir->filePath(QStringLiteral("pairings.svg"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older file");
    old.close();
    QString asked;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ExportDrawingDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Export Map"));
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("pathEdit"));
        edit->clear();
        QTest::keyClicks(edit, path);
        QTimer::singleShot(0, this, [&] {
            auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(question);
            asked = question->windowTitle() + QLatin1Char('|') + question->text();
            question->button(QMessageBox::Yes)->click();
        });
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    w.window->findChild<QAction *>(QStringLiteral("exportMapAction"))->trigger();
    QVERIFY2(asked.startsWith(QStringLiteral("Export Map|")) &&
                 asked.contains(QStringLiteral("Replace")),
             qPrintable(asked));
    QVERIFY(old.open(QIODevice::ReadOnly));
    const QByteArray svg = old.readAll();
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("China–US sister pairings"));
    QVERIFY(!QApplication::activeModalWidget()); // no error box
}

QTEST_MAIN(TestMap)
#include "tst_map.moc"
