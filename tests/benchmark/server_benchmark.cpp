// SPDX-License-Identifier: GPL-3.0-or-later
// The filter, search and timeline figures of issues #3 and #4, on SQLite and on PostgreSQL side
// by side: the synthetic database (made by bridges_benchmark) is copied once into a database
// on the server (bridges copy-db's way), then each representative filter is timed on both.
// Not a test: it prints figures. See README, "Benchmark".
//
//   bridges_server_benchmark --server postgresql://user:password@host/db [--db FILE] [--runs N]
#include "app/io/databasecopy.h"
#include "app/io/databaseopener.h"
#include "app/storage/database.h"
#include "app/storage/exchangestore.h"
#include "app/storage/pairingstore.h"
#include "app/storage/recordtables.h"
#include "app/storage/statisticsstore.h"
#include "app/storage/storageerror.h"
#include "tests/benchmark/measure.h"
#include "tests/benchmark/representativefilters.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

using namespace Measure;

namespace {
struct Figures
{
    double pairingRows = 0, pairingCount = 0, exchangeRows = 0, exchangeCount = 0, timeline = 0;
};

// What the window waits for after a change of filter: the first screen of each list, their
// counts, and the timeline's aggregate; each the median of runs.
Figures measure(const Database &database, const Filter &filter, int runs)
{
    const PairingStore pairings(database);
    const ExchangeStore exchanges(database);
    const StatisticsStore statistics(database);
    std::vector<double> pairingRows, pairingCount, exchangeRows, exchangeCount, timeline;
    for (int run = 0; run < runs; ++run) {
        pairingRows.push_back(millisecondsOf([&] {
            pairings.list(filter, PairingStore::SortKey::ChinesePlace, Qt::AscendingOrder, 0, 100);
        }));
        pairingCount.push_back(millisecondsOf([&] { pairings.count(filter); }));
        exchangeRows.push_back(millisecondsOf([&] {
            ExchangeStore::Cursor cursor;
            exchanges.list(filter, ExchangeStore::SortKey::Date, Qt::DescendingOrder, &cursor, 100);
        }));
        exchangeCount.push_back(millisecondsOf([&] { exchanges.count(filter); }));
        timeline.push_back(millisecondsOf(
            [&] { statistics.exchangesByYear(filter, StatisticsStore::Split::Field); }));
    }
    return {median(pairingRows), median(pairingCount), median(exchangeRows), median(exchangeCount),
            median(timeline)};
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Synthetic database (made by bridges_benchmark)."),
        QStringLiteral("file"), QStringLiteral("synthetic-benchmark.sqlite"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QStringLiteral("A database on the server: empty (the synthetic one is copied into it) "
                       "or a copy made by an earlier run."),
        QStringLiteral("url"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions({dbOption, serverOption, runsOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    if (!QFileInfo::exists(parser.value(dbOption)) || !parser.isSet(serverOption)) {
        print("Give --server, and make the synthetic database first with bridges_benchmark.\n");
        return 2;
    }
    QString error;
    const auto local = DatabaseOpener::open(parser.value(dbOption), &error);
    const auto server = local ? DatabaseOpener::open(parser.value(serverOption), &error,
                                                     DatabaseOpener::Contents::Empty)
                              : nullptr;
    if (!local || !server) {
        print("%s\n", qPrintable(error));
        return 1;
    }
    try {
        if (RecordTables::allEmpty(*server)) {
            print("Copying %s to %s...\n", qPrintable(local->location()),
                  qPrintable(server->location()));
            const double ms = millisecondsOf([&] { DatabaseCopy::copy(*local, *server); });
            print("  copied in %.1f s: %.0f exchanges/s (target >= 20,000)\n", ms / 1000,
                  double(ExchangeStore(*local).count()) * 1000 / ms);
        }
        const qint64 here = ExchangeStore(*local).count();
        const qint64 there = ExchangeStore(*server).count();
        if (here != there) {
            print("The server's database holds %lld exchanges, the file %lld: give an empty one.\n",
                  qlonglong(there), qlonglong(here));
            return 1;
        }
        print("%lld exchanges, %lld pairings on each; median of %d runs, in ms\n", qlonglong(here),
              qlonglong(PairingStore(*local).count()), runs);
        print("  %-34s | %9s %9s %9s %9s %9s | %9s %9s %9s %9s %9s\n", "", "SQLite", "", "", "", "",
              "PostgreSQL", "", "", "", "");
        print("  %-34s | %9s %9s %9s %9s %9s | %9s %9s %9s %9s %9s\n", "filter", "pairings",
              "count", "exchanges", "count", "timeline", "pairings", "count", "exchanges", "count",
              "timeline");
        std::vector<double> slowest[2];
        std::vector<double> timelines[2];
        for (const Benchmark::NamedFilter &named : Benchmark::representativeFilters()) {
            const Figures a = measure(*local, named.filter, runs);
            const Figures b = measure(*server, named.filter, runs);
            print("  %-34s | %9.1f %9.1f %9.1f %9.1f %9.1f | %9.1f %9.1f %9.1f %9.1f %9.1f\n",
                  named.name, a.pairingRows, a.pairingCount, a.exchangeRows, a.exchangeCount,
                  a.timeline, b.pairingRows, b.pairingCount, b.exchangeRows, b.exchangeCount,
                  b.timeline);
            slowest[0].push_back(std::max({a.pairingRows, a.exchangeRows}));
            slowest[1].push_back(std::max({b.pairingRows, b.exchangeRows}));
            timelines[0].push_back(a.timeline);
            timelines[1].push_back(b.timeline);
        }
        print("  first rows of both lists, all filters: p95 %.1f ms on SQLite, %.1f ms on "
              "PostgreSQL (target on PostgreSQL p95 <= 60 ms)\n",
              percentile95(slowest[0]), percentile95(slowest[1]));
        print("  timeline, all filters: p95 %.1f ms on SQLite, %.1f ms on PostgreSQL (target on "
              "PostgreSQL p95 <= 200 ms)\n",
              percentile95(timelines[0]), percentile95(timelines[1]));
    } catch (const StorageError &e) {
        print("%s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
