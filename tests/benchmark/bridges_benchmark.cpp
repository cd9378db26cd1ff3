// SPDX-License-Identifier: GPL-3.0-or-later
// The speed and memory figures of issues #3 and #4, measured on a large synthetic database:
// open to the first list shown, filter and search latency, sorting by each column, scrolling
// far down, the timeline and statistics aggregates, the chart redrawn after a filter change,
// and peak memory. Not a test: it prints figures. See README, "Benchmark".
#include "app/commands/commands.h"
#include "app/domain/filter.h"
#include "app/heaparenas.h"
#include "app/models/exchangedetailmodel.h"
#include "app/models/exchangelistmodel.h"
#include "app/models/filterchoicesmodel.h"
#include "app/models/pairingdetailmodel.h"
#include "app/models/pairinglistmodel.h"
#include "app/models/workspace.h"
#include "app/storage/database.h"
#include "app/storage/exchangefacts.h"
#include "app/storage/exchangefactscache.h"
#include "tests/benchmark/measure.h"
#include "tests/benchmark/openedfile.h"
#include "tests/benchmark/representativefilters.h"
#include "tests/benchmark/syntheticdata.h"
#include "ui/chart/timelinechart.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QChartView>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <vector>

using namespace Measure;
using Benchmark::NamedFilter;
using Benchmark::representativeFilters;

int main(int argc, char *argv[])
{
    HeapArenas::useOne(); // as the program does
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // window settings stay out of the user's
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Synthetic database (made if missing)."),
        QStringLiteral("file"), QStringLiteral("synthetic-benchmark.sqlite"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions({dbOption, runsOption});
    parser.process(app);
    const QString path = parser.value(dbOption);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    if (!QFileInfo::exists(path)) {
        print("Generating %s (synthetic: 30,000 places, 30,000 pairings, 1,000,000 exchanges)...\n",
              qPrintable(path));
        auto db = Benchmark::openedFile(path);
        const double ms = millisecondsOf([&] { SyntheticData::generate(*db, {}); });
        print("  generated in %.1f s\n", ms / 1000);
    }
    print("Database: %s (%.0f MB)\n", qPrintable(path), QFileInfo(path).size() / 1e6);

    // 1. Open the database and show the window with its first screen of each list.
    std::vector<double> opens;
    for (int run = 0; run < runs; ++run) {
        opens.push_back(millisecondsOf([&] {
            auto db = Benchmark::openedFile(path);
            Workspace workspace(*db);
            Commands commands(*db, workspace.notifier);
            MainWindow window(workspace, commands, path, QFileInfo(path).fileName());
            window.show();
            QCoreApplication::processEvents();
        }));
    }
    print("\nOpen to first list shown: median %.1f ms (target <= 1000 ms; peak memory so far %ld "
          "MiB)\n",
          median(opens), peakMemoryMiB());

    auto db = Benchmark::openedFile(path);
    Workspace workspace(*db);
    PairingListModel &pairings = workspace.pairings;
    ExchangeListModel &exchanges = workspace.exchanges;
    auto waitForCounts = [&] {
        while (pairings.totalCount() < 0 || exchanges.totalCount() < 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    };

    // The charts and counts under a filter on pairings or a search count from the exchange
    // facts held in memory, read once (again only after a change to the exchanges or links).
    {
        std::shared_ptr<const ExchangeFacts> facts;
        const double ms = millisecondsOf([&] { facts = db->exchangeFacts().current(*db); });
        print("\nExchange facts read once: %.0f ms, %.1f MiB held (%lld exchanges; peak memory so "
              "far %ld MiB)\n",
              ms, facts ? facts->size() / 1048576.0 : 0.0,
              static_cast<long long>(facts ? facts->exchangeCount() : 0), peakMemoryMiB());
    }

    // 2. Filters and searches: the first rows of both lists, as the window shows them; the
    //    counts follow from the background thread.
    print("\nFilter/search latency, both lists, %d runs each (first rows shown; counts arrive "
          "from the background later):\n",
          runs);
    print("  %-36s %10s %10s %10s %10s\n", "filter", "rows ms", "counts ms", "pairings",
          "exchanges");
    std::vector<double> all, allCounts;
    for (const NamedFilter &named : representativeFilters()) {
        std::vector<double> times, counts;
        pairings.setFilter(named.filter);
        exchanges.setFilter(named.filter);
        waitForCounts();
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            pairings.refresh(); // what a filter change does: first rows, count requested
            exchanges.refresh();
            times.push_back(timer.nsecsElapsed() / 1e6);
            waitForCounts();
            counts.push_back(timer.nsecsElapsed() / 1e6);
        }
        all.insert(all.end(), times.begin(), times.end());
        allCounts.insert(allCounts.end(), counts.begin(), counts.end());
        print("  %-36s %10.1f %10.1f %10lld %10lld\n", named.name, median(times), median(counts),
              static_cast<long long>(pairings.totalCount()),
              static_cast<long long>(exchanges.totalCount()));
    }
    print("  all filters, first rows: median %.1f ms, p95 %.1f ms (target p95 <= 35 ms)\n",
          median(all), percentile95(all));
    print("  all filters, counts ready: median %.1f ms, p95 %.1f ms (target p95 <= 250 ms; peak "
          "memory so far %ld MiB)\n",
          median(allCounts), percentile95(allCounts), peakMemoryMiB());
    pairings.setFilter(Filter());
    exchanges.setFilter(Filter());
    waitForCounts();

    // 3. Sorting by each column, both directions, no filter.
    print("\nSort (re-read the first rows in a new order), median of %d:\n", runs);
    std::vector<double> sorts;
    auto sortAll = [&](QAbstractTableModel &model, const char *list, std::vector<int> columns) {
        for (const int column : columns) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                std::vector<double> times;
                for (int run = 0; run < runs; ++run)
                    times.push_back(millisecondsOf([&] { model.sort(column, order); }));
                sorts.push_back(median(times));
                print("  %-10s %-14s %-4s %8.1f ms\n", list,
                      qPrintable(model.headerData(column, Qt::Horizontal).toString()),
                      order == Qt::AscendingOrder ? "asc" : "desc", median(times));
            }
        }
    };
    sortAll(pairings, "pairings", {0, 1, 2, 3, 4, 5, 6});
    sortAll(exchanges, "exchanges", {0, 1, 2, 3, 5});
    print("  slowest sort: %.1f ms (target <= 100 ms)\n",
          *std::max_element(sorts.begin(), sorts.end()));

    // 4. Scrolling far down the exchanges list: each further chunk.
    exchanges.sort(ExchangeListModel::Date, Qt::DescendingOrder);
    std::vector<double> chunks;
    while (exchanges.rowCount() < 100000 && exchanges.canFetchMore({}))
        chunks.push_back(millisecondsOf([&] { exchanges.fetchMore({}); }));
    print("\nScrolling: %zu further chunks to row %d, median %.2f ms, last %.2f ms (peak memory so "
          "far %ld MiB)\n",
          chunks.size(), exchanges.rowCount(), median(chunks), chunks.empty() ? 0 : chunks.back(),
          peakMemoryMiB());

    // 5. The timeline and the statistics: the aggregate alone, then the chart on screen counted,
    //    rebuilt and painted after a filter change.
    print("\nTimeline and statistics, median of %d (aggregate in SQL or from the exchange facts; "
          "chart = aggregate, "
          "rebuild and paint of a 1200x400 chart):\n",
          runs);
    print("  %-36s %12s %12s %12s %8s\n", "filter", "timeline ms", "chart ms", "statistics ms",
          "peak MiB");
    // Models without a background counter: the time is all the counting, rebuilding and
    // painting the window would wait for if the counting were not in the background.
    TimelineSeries timeline(*db);
    BreakdownModel provinces(*db, BreakdownModel::PairingsByProvince);
    BreakdownModel states(*db, BreakdownModel::PairingsByState);
    BreakdownModel fields(*db, BreakdownModel::ExchangesByField);
    BreakdownModel modes(*db, BreakdownModel::ExchangesByMode);
    QChartView view(new TimelineChart(&timeline));
    view.resize(1200, 400);
    view.show();
    QCoreApplication::processEvents();
    std::vector<double> aggregates, redraws, statistics;
    std::vector<double> emptyAggregates;
    for (const NamedFilter &named : representativeFilters()) {
        std::vector<double> aggregate, redraw, breakdown;
        timeline.setFilter(named.filter);
        for (int run = 0; run < runs; ++run) {
            // refresh() does what a change of filter does: count again and reset the model.
            aggregate.push_back(millisecondsOf([&] { timeline.refresh(); }));
            redraw.push_back(millisecondsOf([&] {
                timeline.refresh(); // the chart rebuilds on the model's reset
                view.viewport()->repaint();
            }));
            // What the window's event loop does next: delete the chart items Qt Charts let go.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            breakdown.push_back(millisecondsOf([&] {
                for (BreakdownModel *model : {&provinces, &states, &fields, &modes}) {
                    model->setFilter(named.filter);
                    model->refresh();
                }
            }));
        }
        aggregates.insert(aggregates.end(), aggregate.begin(), aggregate.end());
        redraws.insert(redraws.end(), redraw.begin(), redraw.end());
        statistics.insert(statistics.end(), breakdown.begin(), breakdown.end());
        if (named.filter.isEmpty())
            emptyAggregates = aggregate;
        print("  %-36s %12.1f %12.1f %12.1f %8ld\n", named.name, median(aggregate), median(redraw),
              median(breakdown), peakMemoryMiB());
    }
    print("  timeline aggregate, whole record: median %.2f ms (target <= 30 ms)\n",
          median(emptyAggregates));
    print("  timeline aggregate, all filters: median %.1f ms, p95 %.1f ms (target p95 <= 150 ms)\n",
          median(aggregates), percentile95(aggregates));
    print("  chart redraw after a filter change, all filters: median %.1f ms, p95 %.1f ms "
          "(target <= 100 ms)\n",
          median(redraws), percentile95(redraws));
    print("  four statistics together, all filters: median %.1f ms, p95 %.1f ms (target p95 <= "
          "250 ms)\n",
          median(statistics), percentile95(statistics));

    print("\nPeak memory (max resident set): %ld MiB (target <= 150 MiB)\n", peakMemoryMiB());
    return 0;
}
