// SPDX-License-Identifier: GPL-3.0-or-later
// Importing 100,000 exchange rows from CSV into a database with the shipped data: the preview
// (every row read and checked, its records planned, nothing written), the import itself (which
// writes what the preview planned, the database being unchanged), and its undo, each timed;
// then the peak memory of the whole run. A program of its own,
// so that its peak is the import's. Not a test: it prints figures. See README, "Benchmark".
#include "app/commands/commands.h"
#include "app/io/databaseopener.h"
#include "app/storage/changenotifier.h"
#include "app/storage/database.h"
#include "tests/benchmark/measure.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

namespace {
// Rows naming the shipped pairings' places in turn, with dates, fields and modes varied, and
// a tenth of them with no date at all (as real records are).
QByteArray exchangesFile(const Database &database, int rows)
{
    QList<QPair<QString, QString>> places;
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT c.name_en, u.name_en FROM pairings p JOIN places c ON c.id "
                              "= p.chinese_place_id JOIN places u ON u.id = p.us_place_id"));
    while (query.next())
        places.append({query.value(0).toString(), query.value(1).toString()});
    const char *fields[] = {"education", "science", "art", "culture", "business", "youth"};
    const char *modes[] = {"in_person", "online", "hybrid"};
    QByteArray file = "date,title,field,mode,cn_name_en,us_name,location,description,source_url\n";
    file.reserve(rows * 160);
    for (int i = 0; i < rows; ++i) {
        const auto &[chinese, us] = places.at(i % places.size());
        const QByteArray date = i % 10 == 0
                                    ? QByteArray()
                                    : QByteArray::number(1980 + i % 45) + '-' +
                                          QByteArray::number(1 + i % 12).rightJustified(2, '0');
        file += date + ",Imported exchange " + QByteArray::number(i) + ',' + fields[i % 6] + ',' +
                modes[i % 3] + ",\"" + chinese.toUtf8() + "\",\"" + us.toUtf8() +
                "\",,\"A visit, recorded for the benchmark\",https://example.org/exchange/" +
                QByteArray::number(i % 500) + '\n';
    }
    return file;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows to import."),
                                        QStringLiteral("n"), QStringLiteral("100000"));
    parser.addOption(rowsOption);
    parser.process(app);
    const int rows = std::max(1, parser.value(rowsOption).toInt());

    QTemporaryDir dir;
    QString error;
    const std::unique_ptr<Database> database =
        DatabaseOpener::open(dir.filePath(QStringLiteral("import.sqlite")), &error);
    if (!database)
        qFatal("%s", qPrintable(error));
    const QByteArray file = exchangesFile(*database, rows);
    std::printf("Import of %d exchange rows (%.1f MB of CSV) into the shipped data; memory before: "
                "%ld MiB\n",
                rows, file.size() / 1e6, Measure::peakMemoryMiB());
    ChangeNotifier notifier;
    Commands commands(*database, notifier);
    QElapsedTimer timer;
    timer.start();
    const Commands::ImportPreview preview =
        commands.previewImport({ImportKind::Exchanges, file, QStringLiteral("benchmark.csv")});
    const double previewMs = timer.nsecsElapsed() / 1e6;
    if (!preview.canImport())
        qFatal("the benchmark file does not import: %s %s", qPrintable(preview.error),
               preview.problems.isEmpty() ? "" : qPrintable(preview.problems.first().message));
    timer.restart();
    if (!commands.importFile({ImportKind::Exchanges, file, QStringLiteral("benchmark.csv")},
                             &error))
        qFatal("%s", qPrintable(error));
    const double importMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    if (!commands.undo(&error))
        qFatal("%s", qPrintable(error));
    const double undoMs = timer.nsecsElapsed() / 1e6;
    std::printf("  preview (read, check, plan; nothing written): %.2f s\n", previewMs / 1000);
    std::printf("  import (write the plan, one transaction):    %.2f s\n", importMs / 1000);
    std::printf("  preview and import together:                 %.2f s (target <= 5 s)\n",
                (previewMs + importMs) / 1000);
    std::printf("  undo of the import:                          %.2f s\n", undoMs / 1000);
    std::printf("  %d exchanges, %d sources added\n", preview.records, preview.sources);
    std::printf("Peak memory (max resident set): %ld MiB (target <= 300 MiB)\n",
                Measure::peakMemoryMiB());
    return 0;
}
