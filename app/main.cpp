// SPDX-License-Identifier: GPL-3.0-or-later
// Wiring only: parse the command line, open the database, build the models and the window,
// or run a command that draws (export-chart) with the chart renderers and no window.
#include "app/appinfo.h"
#include "app/cli/dataverbs.h"
#include "app/cli/exportchartoptions.h"
#include "app/cli/updatedataverb.h"
#include "app/cli/verbline.h"
#include "app/commandlanguage.h"
#include "app/commands/commands.h"
#include "app/drawingcommand.h"
#include "app/heaparenas.h"
#include "app/io/databaseopener.h"
#include "app/models/filterdescription.h"
#include "app/models/mapmodel.h"
#include "app/models/pairingdetailmodel.h"
#include "app/models/workspace.h"
#include "app/reportverb.h"
#include "app/session.h"
#include "app/storage/database.h"
#include "ui/chart/breakdownchart.h"
#include "ui/chart/chartcaptions.h"
#include "ui/chart/timelinechart.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/map/mapfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {
// The program's own messages (the translations' context "main").
class Main
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}
bool knownRegion(const QList<FilterChoice> &regions, const QString &code)
{
    return code.isEmpty() || std::any_of(regions.begin(), regions.end(),
                                         [&code](const FilterChoice &c) { return c.key == code; });
}

// bridges export-chart: draws a chart offscreen into a file. Exit status 0 when written, 2
// for a wrong command line, 1 when the database or the file fails.
int exportChart(int argc, char *argv[], const QStringList &arguments)
{
    const QString name = QStringLiteral("bridges export-chart");
    DrawingCommand::withoutDisplay();
    QApplication app(argc, argv);
    // The drawing's titles, legend and place names, and what is said about the line.
    if (!DrawingCommand::asTheUserChose(QStringLiteral("export-chart"), arguments))
        return 2;
    QString error;
    QString help;
    const std::optional<ExportChartOptions> options =
        ExportChartOptions::parse(arguments, &error, &help);
    if (!options)
        return VerbLine::refused(QStringLiteral("export-chart"), error, help);
    const std::unique_ptr<Database> database =
        DatabaseOpener::openForCommand(options->database, &error);
    if (!database) {
        print(stderr, QStringLiteral("%1: %2\n").arg(name, error));
        return 1;
    }
    const FilterChoicesModel choices(*database);
    if (!knownRegion(choices.choices().provinces, options->filter.province) ||
        !knownRegion(choices.choices().states, options->filter.state)) {
        const bool province = !knownRegion(choices.choices().provinces, options->filter.province);
        print(stderr,
              Main::tr("%1: --%2: no %3 has the code “%4” in this database.\n")
                  .arg(name, province ? QStringLiteral("province") : QStringLiteral("state"),
                       province ? Main::tr("province") : Main::tr("state"),
                       province ? options->filter.province : options->filter.state));
        return 2;
    }
    const QString databaseName = database->shownName();
    QString subtitle = FilterDescription::text(options->filter, choices.choices());
    std::unique_ptr<QChart> chart;
    ChartCaption caption;
    if (options->chart == QLatin1String("map")) {
        // The map of the pairings the filters keep, China and the US whole.
        MapModel map(*database);
        QObject::connect(&map, &MapModel::errorOccurred, &map,
                         [&error](const QString &message) { error = message; });
        map.setFilter(options->filter);
        const ChartCaption caption{options->title.isEmpty() ? Main::tr("China–US sister pairings")
                                                            : options->title,
                                   subtitle, ChartCaptions::source(databaseName)};
        if (error.isEmpty()) {
            MapFile::write(map, caption, 0, options->out, *ChartFile::formatNamed(options->format),
                           options->size, options->dpi, &error);
        }
        if (!error.isEmpty()) {
            print(stderr, QStringLiteral("%1: %2\n").arg(name, error));
            return 1;
        }
        return 0;
    }
    TimelineSeries timeline(*database);
    std::unique_ptr<BreakdownModel> breakdown;
    if (options->chart == QLatin1String("timeline")) {
        QString pairingName;
        if (options->pairing) {
            PairingDetailModel pairing(*database);
            pairing.showPairing(options->pairing);
            if (!pairing.hasPairing()) {
                print(stderr, Main::tr("%1: --pairing: no pairing has the number %2.\n")
                                  .arg(name)
                                  .arg(options->pairing));
                return 2;
            }
            pairingName = Main::tr("%1 – %2").arg(pairing.detail().chinesePlace.nameEn,
                                                  pairing.detail().usPlace.nameEn);
            subtitle = Main::tr("One pairing and all of its exchanges");
        }
        timeline.setSplit(options->byMode ? TimelineSeries::Split::Mode
                                          : TimelineSeries::Split::Field);
        timeline.setYearSpan(options->yearFrom, options->yearTo);
        timeline.setFilter(options->filter);
        timeline.setPairing(options->pairing);
        error = timeline.lastError();
        chart = std::make_unique<TimelineChart>(&timeline);
        caption = ChartCaptions::timeline(timeline, pairingName, subtitle, databaseName);
    } else {
        const QStringList charts = ExportChartOptions::charts();
        // charts() lists the statistics in the order of BreakdownModel::What, after the timeline.
        const auto what = BreakdownModel::What(charts.indexOf(options->chart) - 1);
        breakdown = std::make_unique<BreakdownModel>(*database, what);
        breakdown->setFilter(options->filter);
        error = breakdown->lastError();
        chart = std::make_unique<BreakdownChart>(breakdown.get());
        caption = ChartCaptions::breakdown(*breakdown, subtitle, databaseName);
    }
    if (!error.isEmpty()) {
        print(stderr, QStringLiteral("%1: %2\n").arg(name, error));
        return 1;
    }
    if (!options->title.isEmpty())
        caption.title = options->title;
    QSize size = options->size;
    if (breakdown && !options->sizeGiven)
        size.setHeight(
            std::max(size.height(), BreakdownChart::heightFor(breakdown->rowCount()) + 160));
    if (!ChartFile::write(chart.get(), caption, options->out,
                          *ChartFile::formatNamed(options->format), size, options->dpi, &error)) {
        print(stderr, QStringLiteral("%1: %2\n").arg(name, error));
        return 1;
    }
    return 0;
}

// For bridges --help: which database opens when none is named, where it is on this system,
// and the ways to another.
QString whereTheDatabaseIs()
{
    return Main::tr("Your database: %1\n"
                    "It is made from the shipped data on the first start. To open another, name "
                    "it:\n"
                    "  bridges FILE          a database file (a new name makes a new one)\n"
                    "  bridges postgresql://user@host:port/database   a team's, on a server\n"
                    "In the window: File > Open…, File > New Database… or File > Connect to "
                    "Server….\n"
                    "The commands above name theirs with --db FILE (copy-db: --from, --to).")
        .arg(QDir::toNativeSeparators(DatabaseOpener::defaultPath()));
}
} // namespace

int main(int argc, char *argv[])
{
    HeapArenas::useOne();
    QCoreApplication::setApplicationName(QLatin1String(AppInfo::applicationName));
    QCoreApplication::setApplicationVersion(QLatin1String(AppInfo::version));
    // Wayland shells match the window to its desktop file (and icon) by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.bridges.Bridges"));

    // The command line is read before any window system is touched, so that --help and
    // --version work without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (arguments.value(1) == QLatin1String("export-chart"))
        return exportChart(argc, argv, arguments);
    // bridges export-map …: the map, as `export-chart --chart map …` draws it.
    if (arguments.value(1) == QLatin1String("export-map")) {
        QStringList chart = arguments;
        chart.replace(1, QStringLiteral("export-chart"));
        chart.insert(2, QStringLiteral("--chart=map"));
        return exportChart(argc, argv, chart);
    }
    if (arguments.value(1) == QLatin1String("report"))
        return ReportVerb::run(argc, argv, arguments);
    // The verbs about the records need no window system at all.
    const QString verb = arguments.value(1);
    if (verb == QLatin1String("check") || verb == QLatin1String("export") ||
        verb == QLatin1String("import") || verb == QLatin1String("copy-db") ||
        verb == QLatin1String("update-data")) {
        QCoreApplication app(argc, argv);
        if (!CommandLanguage::apply(verb, arguments))
            return 2;
        if (verb == QLatin1String("update-data"))
            return UpdateDataVerb::run(arguments);
        if (verb == QLatin1String("check"))
            return DataVerbs::check(arguments);
        if (verb == QLatin1String("copy-db"))
            return DataVerbs::copyDatabase(arguments);
        if (verb == QLatin1String("export"))
            return DataVerbs::exportRecords(arguments);
        return DataVerbs::import(arguments);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr(
        "Browse, chart and edit China–US sister-city pairings and their exchanges.\n\n"
        "Commands (each with --help):\n"
        "  export-chart   draw a chart into a PNG, SVG or PDF file, without a window\n"
        "  export-map     draw the map of the pairings into such a file (export-chart\n"
        "                 --chart map)\n"
        "  report         write the report of one pairing into a PDF file, without a window\n"
        "  export         write pairings, exchanges or the whole database to CSV or JSON\n"
        "  import         load pairings, exchanges or places from CSV or JSON, or a whole\n"
        "                 database written by export into an empty one\n"
        "  check          check a database and count its records\n"
        "  update-data    bring a database up to the data edition this Bridges ships\n"
        "  copy-db        copy every record into an empty database (a file, or a\n"
        "                 PostgreSQL server's postgresql://user@host:port/database)"));
    parser.setApplicationDescription(parser.applicationDescription() + QStringLiteral("\n\n") +
                                     whereTheDatabaseIs());
    // Qt's own options (-style fusion, -platform xcb, -reverse) are accepted here and read
    // again by QApplication.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const char *name : {"style", "platform", "stylesheet", "qwindowgeometry"}) {
        QCommandLineOption qtOption(QLatin1String(name), QString(), QStringLiteral("value"));
        qtOption.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(qtOption);
    }
    for (const char *name : {"reverse", "widgetcount"}) {
        QCommandLineOption qtOption{QString(QLatin1String(name))};
        qtOption.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(qtOption);
    }
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        Main::tr("The language of the interface: en, zh_CN or system (default: as chosen under "
                 "View > Language, else the system's)."),
        QStringLiteral("language"));
    parser.addOption(languageOption);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        Main::tr("The database to open: a file (made from the shipped data if it is new), or "
                 "a server's database: postgresql://user@host:port/database. Without one, "
                 "your database, named above."),
        QStringLiteral("[FILE]"));
    if (!parser.parse(arguments)) {
        print(stderr, Main::tr("bridges: %1\nTry 'bridges --help'.\n").arg(parser.errorText()));
        return 2;
    }
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        // Without an application object Qt cannot name the program in the usage line.
        print(stdout, parser.helpText().replace(QLatin1String("<executable_name>"),
                                                QLatin1String("bridges")));
        return 0;
    }
    if (parser.isSet(versionOption)) {
        print(stdout, QStringLiteral("bridges %1\n").arg(QLatin1String(AppInfo::version)));
        return 0;
    }
    if (parser.positionalArguments().size() > 1) {
        print(stderr, Main::tr("bridges: give at most one database.\n"));
        return 2;
    }
    QString language = Language::chosen();
    if (parser.isSet(languageOption) &&
        !Language::fromText(parser.value(languageOption), &language)) {
        print(stderr, Main::tr("bridges: --language: “%1” is not one of en, zh_CN, system.\n")
                          .arg(parser.value(languageOption)));
        return 2;
    }

    QApplication app(argc, argv);
    Language::apply(language); // before any window is made
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        path = DatabaseOpener::defaultPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    QString error;
    std::unique_ptr<Session> session = Session::open(path, QString(), &error);
    if (!session) {
        print(stderr, QStringLiteral("bridges: %1\n").arg(error));
        QMessageBox::critical(nullptr, Main::tr("Bridges"), error);
        return 1;
    }
    // Another database opened from the window takes the place of the one in use.
    const std::function<void(Session *)> replace = [&](Session *next) {
        session->deleteLater();
        session.release();
        session.reset(next);
        QObject::connect(session.get(), &Session::replacedBy, &app, replace);
    };
    QObject::connect(session.get(), &Session::replacedBy, &app, replace);
    session->window().show();
    return app.exec();
}
