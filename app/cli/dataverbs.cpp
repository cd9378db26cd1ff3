// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/dataverbs.h"

#include "app/cli/console.h"
#include "app/cli/filteroptions.h"
#include "app/cli/verbline.h"
#include "app/commands/commands.h"
#include "app/io/databasecopy.h"
#include "app/io/databasefile.h"
#include "app/io/databaseopener.h"
#include "app/io/dataerror.h"
#include "app/io/importformats.h"
#include "app/io/linespans.h"
#include "app/io/listexport.h"
#include "app/storage/changenotifier.h"
#include "app/storage/database.h"
#include "app/storage/databasecheck.h"
#include "app/storage/storageerror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace DataVerbs {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DataVerbs", text);
}

// The parser every verb starts from: its name, --help and --db. Returns nothing when the run
// is over: help printed (status 0) or a wrong line reported (status 2).
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
                         const QString &verb)
{
    const QCommandLineOption help = VerbLine::addHelpAndDatabase(parser, verb);
    VerbLine::addLanguage(parser);
    if (!parser.parse(arguments)) {
        Console::err(QStringLiteral("bridges %1: %2\n").arg(verb, parser.errorText()));
        return 2;
    }
    if (parser.isSet(help)) {
        Console::out(VerbLine::helpText(parser));
        return 0;
    }
    return std::nullopt;
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// A file of pairings, exchanges or places into a database in use: first what it would add,
// every problem and every difference from the database, then, unless a dry run or a problem
// stops it, the import as one step.
int importRecords(const QByteArray &bytes, const QString &fileName, const QString &dbPath,
                  bool dryRun, bool merge)
{
    const QString name = QStringLiteral("bridges import");
    QString error;
    const std::unique_ptr<Database> database = DatabaseOpener::openForCommand(dbPath, &error);
    if (!database) {
        Console::err(QStringLiteral("%1: %2\n").arg(name, error));
        return 1;
    }
    ChangeNotifier notifier;
    Commands commands(*database, notifier);
    // The header tells pairings from exchanges (a title column).
    QStringList header;
    try {
        header = ImportFormats::read(bytes, fileName)->header();
    } catch (const DataError &e) {
        Console::err(QStringLiteral("%1: %2\n").arg(name, e.message()));
        return 1;
    }
    const ImportKind kind = ImportFormats::guess(header);
    const ImportRequest request(kind, bytes, fileName, {},
                                merge ? DatasetWriter::Duplicates::Merge
                                      : DatasetWriter::Duplicates::Skip);
    const Commands::ImportPreview preview = commands.previewImport(request);
    if (!preview.error.isEmpty()) {
        Console::err(QStringLiteral("%1: %2\n").arg(name, preview.error));
        return 1;
    }
    for (const Commands::ImportProblem &problem : preview.problems)
        Console::err(QStringLiteral("%1: %2\n").arg(name, problem.message));
    for (const PairingRows::Difference &difference : preview.differences) {
        Console::err(tr("%1: %2, line %3, field %4: the database has “%5”, the file “%6”; the "
                        "database's is kept.\n")
                         .arg(name, fileName, number(difference.line), difference.field,
                              difference.inDatabase, difference.inFile));
    }
    qsizetype more = 0;
    const QString duplicates = LineSpans::text(preview.duplicateLines, QLocale(), 10, &more);
    QString summary;
    if (kind == ImportKind::Pairings)
        summary = tr("%1: %2 new pairings, %3 new places, %4 new sources")
                      .arg(fileName, number(preview.records), number(preview.places),
                           number(preview.sources));
    else if (kind == ImportKind::Exchanges)
        summary = tr("%1: %2 new exchanges, %3 new places, %4 new sources")
                      .arg(fileName, number(preview.records), number(preview.places),
                           number(preview.sources));
    else
        summary = tr("%1: %2 new places").arg(fileName, number(preview.records));
    if (!duplicates.isEmpty()) {
        summary +=
            more > 0 ? tr("; held already: lines %1 and %2 more").arg(duplicates, number(more))
            : preview.duplicateLines.size() == 1 ? tr("; held already: line %1").arg(duplicates)
                                                 : tr("; held already: lines %1").arg(duplicates);
        summary += !merge ? tr(", left out")
                   : preview.fillableLines.isEmpty()
                       ? tr(", with nothing to fill in")
                       : tr(", %1 of them filling in what the database lacks")
                             .arg(number(preview.fillableLines.size()));
    }
    if (!preview.problems.isEmpty()) {
        const int rows = preview.rowsWithProblems();
        Console::err(
            rows == 1
                ? tr("%1: nothing was imported: 1 row has problems.\n").arg(name)
                : tr("%1: nothing was imported: %2 rows have problems.\n").arg(name, number(rows)));
        return 1;
    }
    if (dryRun) {
        Console::out(summary + tr(". Nothing was written (dry run).\n"));
        return 0;
    }
    if (!preview.canImport()) {
        Console::out(summary + tr(". Nothing new to import.\n"));
        return 0;
    }
    if (!commands.importFile(request, &error)) {
        Console::err(QStringLiteral("%1: %2\n").arg(name, error));
        return 1;
    }
    Console::out(summary +
                 tr(". Imported into %1.\n").arg(QDir::toNativeSeparators(database->location())));
    return 0;
}
} // namespace

int check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks a database: SQLite's integrity check, every reference, the search index, and "
           "the schema version; then counts the records and what they leave unknown."));
    if (const auto status = parse(parser, arguments, QStringLiteral("check")))
        return *status;
    if (parser.positionalArguments().size() > 1) {
        Console::err(tr("bridges check: unexpected argument “%1”.\n")
                         .arg(parser.positionalArguments().at(1)));
        return 2;
    }
    // A file named to be checked must be there: checking does not make one.
    const QString given = parser.value(QStringLiteral("db"));
    if (!given.isEmpty() && !ServerAddress::looksLikeUrl(given) && !QFileInfo::exists(given)) {
        Console::err(
            tr("bridges check: there is no file %1.\n").arg(QDir::toNativeSeparators(given)));
        return 1;
    }
    QString error;
    // Checking a server's database loads nothing into it.
    const std::unique_ptr<Database> database = DatabaseOpener::openForCommand(
        given, &error,
        ServerAddress::looksLikeUrl(given) ? DatabaseOpener::Contents::Empty
                                           : DatabaseOpener::Contents::ShippedData);
    if (!database) {
        Console::err(QStringLiteral("bridges check: %1\n").arg(error));
        return 1;
    }
    DatabaseCheck check;
    try {
        check = DatabaseCheck::of(*database);
    } catch (const StorageError &e) {
        Console::err(QStringLiteral("bridges check: %1\n").arg(e.message()));
        return 1;
    }
    const QString ok = tr("ok");
    QString report;
    report += tr("Database: %1\n").arg(QDir::toNativeSeparators(database->location()));
    report += tr("Schema version: %1 (this Bridges writes %2)\n")
                  .arg(database->schemaVersion())
                  .arg(Database::latestSchemaVersion());
    report += tr("Integrity: %1\n")
                  .arg(check.integrityProblems.isEmpty()
                           ? ok
                           : check.integrityProblems.join(QStringLiteral("; ")));
    report += tr("References: %1\n")
                  .arg(check.brokenReferences == 0
                           ? ok
                           : tr("%1 rows refer to a missing row").arg(check.brokenReferences));
    report += tr("Search index: %1\n")
                  .arg(check.searchIndexProblem.isEmpty() ? ok : check.searchIndexProblem);
    report += tr("Places: %1 (%2 without coordinates)\n")
                  .arg(number(check.places), number(check.placesWithoutCoordinates));
    report += tr("Pairings: %1 (%2 without a known year)\n")
                  .arg(number(check.pairings), number(check.pairingsWithoutYear));
    report += tr("Exchanges: %1 (%2 without a known year)\n")
                  .arg(number(check.exchanges), number(check.exchangesWithoutYear));
    report += tr("Institutions: %1\n").arg(number(check.institutions));
    report += tr("Sources: %1\n").arg(number(check.sources));
    report += tr("Completeness of the pairings:\n");
    for (const Completeness::Line &gap : std::as_const(check.gaps))
        report += QStringLiteral("  %1\n").arg(Completeness::text(gap, check.pairings));
    Console::out(report);
    if (!check.sound()) {
        Console::err(tr("bridges check: the database has faults (see above).\n"));
        return 1;
    }
    return 0;
}

int exportRecords(const QStringList &arguments)
{
    const QString name = QStringLiteral("bridges export");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the pairings or the exchanges the filters keep to a CSV or JSON file, or the "
           "whole database to one JSON file that `bridges import` loads into an empty "
           "database."));
    parser.addOptions({
        {QStringLiteral("what"), tr("pairings, exchanges or all (the whole database)."),
         tr("records")},
        {QStringLiteral("format"), tr("csv or json (default: the suffix of --out)."), tr("format")},
        {QStringLiteral("out"), tr("The file to write."), tr("file")},
    });
    FilterOptions::add(parser);
    if (const auto status = parse(parser, arguments, QStringLiteral("export")))
        return *status;
    const QString what = parser.value(QStringLiteral("what")).trimmed().toLower();
    const QStringList whats = {QStringLiteral("pairings"), QStringLiteral("exchanges"),
                               QStringLiteral("all")};
    if (!whats.contains(what)) {
        Console::err(tr("%1: --what: “%2” is not one of pairings, exchanges, all.\n")
                         .arg(name, parser.value(QStringLiteral("what"))));
        return 2;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        Console::err(tr("%1: --out: name the file to write.\n").arg(name));
        return 2;
    }
    const QString format = parser.isSet(QStringLiteral("format"))
                               ? parser.value(QStringLiteral("format")).trimmed().toLower()
                               : QFileInfo(out).suffix().toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        Console::err(parser.isSet(QStringLiteral("format"))
                         ? tr("%1: --format: “%2” is not one of csv, json.\n")
                               .arg(name, parser.value(QStringLiteral("format")))
                         : tr("%1: --format: not given, and “%2” does not end in .csv or .json.\n")
                               .arg(name, out));
        return 2;
    }
    QString error;
    const std::optional<Filter> filter = FilterOptions::read(parser, &error);
    if (!filter) {
        Console::err(QStringLiteral("%1: %2\n").arg(name, error));
        return 2;
    }
    if (what == QLatin1String("all") && (format != QLatin1String("json") || !filter->isEmpty())) {
        Console::err(
            tr("%1: --what all writes the whole database as JSON, without filters.\n").arg(name));
        return 2;
    }
    const std::unique_ptr<Database> database =
        DatabaseOpener::openForCommand(parser.value(QStringLiteral("db")), &error);
    if (!database) {
        Console::err(QStringLiteral("%1: %2\n").arg(name, error));
        return 1;
    }
    if (what == QLatin1String("all")) {
        QSaveFile file(out);
        bool written = file.open(QIODevice::WriteOnly);
        try {
            if (written)
                DatabaseFile::write(*database, file);
        } catch (const StorageError &e) {
            file.cancelWriting();
            Console::err(QStringLiteral("%1: %2\n").arg(name, e.message()));
            return 1;
        }
        if (!written || !file.commit()) {
            Console::err(tr("%1: cannot write %2: %3\n")
                             .arg(name, QDir::toNativeSeparators(out), file.errorString()));
            return 1;
        }
        return 0;
    }
    const qint64 rows = ListExport::write(
        *database,
        what == QLatin1String("pairings") ? ListExport::List::Pairings
                                          : ListExport::List::Exchanges,
        format == QLatin1String("csv") ? ListExport::Format::Csv : ListExport::Format::Json,
        *filter, out, {}, &error);
    if (rows < 0) {
        Console::err(QStringLiteral("%1: %2\n").arg(name, error));
        return 1;
    }
    Console::out(
        tr("%1 %2 written to %3\n").arg(number(rows), what, QDir::toNativeSeparators(out)));
    return 0;
}

int import(const QStringList &arguments)
{
    const QString name = QStringLiteral("bridges import");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Loads a file into a database, whole or not at all: a file of pairings, exchanges or "
           "places (CSV or a JSON list; records already there are left out, or merged with "
           "--merge), or a whole database written by `bridges export --what all`, into a new or "
           "empty one."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The file to load."));
    parser.addOption({QStringLiteral("dry-run"),
                      tr("Check the file and report what would be loaded; write nothing.")});
    parser.addOption({QStringLiteral("merge"),
                      tr("Rows of records the database holds fill in what it does not know of "
                         "them (known values are kept), instead of being left out.")});
    if (const auto status = parse(parser, arguments, QStringLiteral("import")))
        return *status;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        Console::err(tr("%1: name one file to load.\n").arg(name));
        return 2;
    }
    const QString path = positional.at(1);
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        Console::err(tr("%1: cannot read %2: %3\n")
                         .arg(name, QDir::toNativeSeparators(path), input.errorString()));
        return 1;
    }
    const QByteArray bytes = input.readAll();
    const QString dbPath = parser.value(QStringLiteral("db"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const QString fileName = QFileInfo(path).fileName();
    if (!bytes.trimmed().startsWith('{'))
        return importRecords(bytes, fileName, dbPath, dryRun,
                             parser.isSet(QStringLiteral("merge")));
    // A dry run loads into a new empty database in a folder removed afterwards, so nothing is
    // written where the user looks.
    QTemporaryDir scratch;
    QString error;
    const QString target = dryRun ? scratch.filePath(QStringLiteral("dry-run.sqlite")) : dbPath;
    const bool existed = !target.isEmpty() && QFileInfo::exists(target);
    std::unique_ptr<Database> database =
        DatabaseOpener::openForCommand(target, &error, DatabaseOpener::Contents::Empty);
    // A file made for this import and left empty by its failure is taken away again.
    const auto discard = [&database, &target, existed] {
        database.reset();
        if (!existed && !target.isEmpty()) {
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(target + QLatin1String(suffix));
        }
    };
    if (!database) {
        Console::err(QStringLiteral("%1: %2\n").arg(name, error));
        return 1;
    }
    try {
        const qint64 rows = DatabaseFile::read(*database, bytes, fileName);
        Console::out(dryRun ? tr("%1: %2 rows would be loaded; nothing was written.\n")
                                  .arg(QDir::toNativeSeparators(path), number(rows))
                            : tr("%1: %2 rows loaded into %3.\n")
                                  .arg(QDir::toNativeSeparators(path), number(rows),
                                       QDir::toNativeSeparators(database->location())));
    } catch (const DataError &e) {
        Console::err(QStringLiteral("%1: %2\n").arg(name, e.message()));
        discard();
        return 1;
    } catch (const StorageError &e) {
        Console::err(tr("%1: %2: nothing was loaded: %3\n")
                         .arg(name, QDir::toNativeSeparators(path), e.message()));
        discard();
        return 1;
    }
    return 0;
}

int copyDatabase(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copies every record of one database into another that holds none: a local file to "
           "a team's PostgreSQL server (postgresql://user@host:port/database), or back. The "
           "tables are counted on both sides before the copy is committed."));
    parser.addPositionalArgument(QStringLiteral("copy-db"), tr("The command."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption from(QStringLiteral("from"), tr("The database to copy."),
                                  tr("file or URL"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("The database to copy into: a new file, or an empty "
                                   "database."),
                                tr("file or URL"));
    parser.addOptions({help, from, to});
    VerbLine::addLanguage(parser);
    if (!parser.parse(arguments)) {
        Console::err(QStringLiteral("bridges copy-db: %1\n").arg(parser.errorText()));
        return 2;
    }
    if (parser.isSet(help)) {
        Console::out(VerbLine::helpText(parser));
        return 0;
    }
    if (!parser.isSet(from) || !parser.isSet(to) || parser.positionalArguments().size() > 1) {
        Console::err(tr("bridges copy-db: give --from and --to, and nothing else.\n"));
        return 2;
    }
    const QString source = parser.value(from);
    if (!ServerAddress::looksLikeUrl(source) && !QFileInfo::exists(source)) {
        Console::err(
            tr("bridges copy-db: there is no file %1.\n").arg(QDir::toNativeSeparators(source)));
        return 1;
    }
    QString error;
    const auto original = DatabaseOpener::open(source, &error, DatabaseOpener::Contents::Empty);
    if (!original) {
        Console::err(QStringLiteral("bridges copy-db: %1\n").arg(error));
        return 1;
    }
    const auto copy =
        DatabaseOpener::open(parser.value(to), &error, DatabaseOpener::Contents::Empty);
    if (!copy) {
        Console::err(QStringLiteral("bridges copy-db: %1\n").arg(error));
        return 1;
    }
    try {
        QStringList counts;
        for (const DatabaseCopy::Copied &table : DatabaseCopy::copy(*original, *copy))
            counts << tr("%1 %2").arg(number(table.rows), table.table);
        Console::out(
            tr("Copied %1 into %2: %3. Each table counted the same on both sides.\n")
                .arg(original->location(), copy->location(), counts.join(QStringLiteral(", "))));
    } catch (const StorageError &e) {
        Console::err(QStringLiteral("bridges copy-db: %1\n").arg(e.message()));
        return 1;
    }
    return 0;
}

} // namespace DataVerbs
