// SPDX-License-Identifier: GPL-3.0-or-later
// The map with every pairing of the synthetic database (30,000 pairings, made by
// bridges_benchmark if missing): reading the arcs, the first draw of a 1400×800 map, frames
// while panning and zooming (the map drawn before, moved and scaled), and the whole map drawn
// afresh as it is once the movement stops; each drawn into an image as the window paints it.
// Not a test: it prints figures. See README, "Benchmark".
#include "app/models/mapmodel.h"
#include "app/storage/database.h"
#include "app/storage/mapstore.h"
#include "tests/benchmark/measure.h"
#include "tests/benchmark/openedfile.h"
#include "tests/benchmark/syntheticdata.h"
#include "ui/map/mapview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>

using namespace Measure;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Synthetic database (made if missing)."),
        QStringLiteral("file"), QStringLiteral("synthetic-benchmark.sqlite"));
    const QCommandLineOption framesOption(QStringLiteral("frames"),
                                          QStringLiteral("Frames per figure."), QStringLiteral("n"),
                                          QStringLiteral("30"));
    const QCommandLineOption imageOption(QStringLiteral("image"),
                                         QStringLiteral("Also save the first draw as this PNG."),
                                         QStringLiteral("file"));
    parser.addOptions({dbOption, framesOption, imageOption});
    parser.process(app);
    const QString path = parser.value(dbOption);
    const int frames = std::max(1, parser.value(framesOption).toInt());
    if (!QFileInfo::exists(path)) {
        print("Generating %s...\n", qPrintable(path));
        SyntheticData::generate(*Benchmark::openedFile(path), {});
    }
    auto db = Benchmark::openedFile(path);

    MapModel model(*db);
    const double readMs = millisecondsOf([&] { model.refresh(); });
    print("Map of %lld pairings: %lld arcs, %d not shown for want of coordinates\n",
          qlonglong(model.pairings().size()), qlonglong(model.arcs().size()), model.unplaced());
    print("  reading the pairings and making their arcs: %.1f ms\n", readMs);
    const double queryMs = millisecondsOf([&] { MapStore::pairings(*db, Filter()); });
    print("    of which the query alone: %.1f ms\n", queryMs);
    const double againMs = millisecondsOf([&] { model.refresh(); });
    print("  read again, as after a change of filter (the arcs made are kept): %.1f ms\n", againMs);

    MapView view(&model);
    view.resize(1400, 800);
    model.setWanted(true);
    view.fitChinaAndUs();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    const auto draw = [&] {
        QPainter painter(&image);
        view.render(&painter);
    };
    const double firstMs = millisecondsOf(draw);
    print("  first draw (outlines read, arcs and places drawn): %.1f ms (target <= 300 ms)\n",
          firstMs);
    if (parser.isSet(imageOption))
        image.save(parser.value(imageOption));

    std::vector<double> pans;
    for (int i = 0; i < frames; ++i) {
        QMouseEvent press(QEvent::MouseButtonPress, QPointF(700, 400), QPointF(700, 400),
                          Qt::LeftButton, Qt::LeftButton, {});
        QCoreApplication::sendEvent(&view, &press);
        const QPointF to(700 + 40 * ((i % 2) ? -1 : 1), 400 + 10);
        QMouseEvent move(QEvent::MouseMove, to, to, Qt::NoButton, Qt::LeftButton, {});
        QCoreApplication::sendEvent(&view, &move);
        QMouseEvent release(QEvent::MouseButtonRelease, to, to, Qt::LeftButton, Qt::NoButton, {});
        QCoreApplication::sendEvent(&view, &release);
        pans.push_back(millisecondsOf(draw));
    }
    std::vector<double> zooms;
    for (int i = 0; i < frames; ++i) {
        view.zoomBy(i % 2 ? 0.8 : 1.25, QPointF(700, 400));
        zooms.push_back(millisecondsOf(draw));
    }
    std::vector<double> redraws;
    for (int i = 0; i < std::min(frames, 5); ++i)
        redraws.push_back(millisecondsOf([&] {
            view.redrawBase();
            draw();
        }));
    print("  pan frame: median %.1f ms, 95th percentile %.1f ms (target: median <= 33 ms)\n",
          median(pans), percentile95(pans));
    print("  zoom frame: median %.1f ms, 95th percentile %.1f ms (target: median <= 33 ms)\n",
          median(zooms), percentile95(zooms));
    print("  the whole map drawn afresh, 150 ms after a pan or zoom stops: median %.1f ms\n",
          median(redraws));
    print("Peak memory (max resident set): %ld MiB\n", peakMemoryMiB());
    return 0;
}
