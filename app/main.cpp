// SPDX-License-Identifier: GPL-3.0-or-later
// Wiring only: parse the command line, open the database, build the models and the window.
#include "app/appinfo.h"
#include "app/io/databaseopener.h"
#include "app/models/workspace.h"
#include "app/storage/database.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

#include <cstdio>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QLatin1String(AppInfo::applicationName));
    QCoreApplication::setApplicationVersion(QLatin1String(AppInfo::version));

    // The command line is read before any window system is touched, so that --help and
    // --version work without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Browse, chart and edit China–US sister-city pairings and their exchanges."));
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
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The database file to open or create (default: %1).")
                                     .arg(QDir::toNativeSeparators(DatabaseOpener::defaultPath())),
                                 QStringLiteral("[file]"));
    if (!parser.parse(arguments)) {
        print(stderr, tr("bridges: %1\nTry 'bridges --help'.\n").arg(parser.errorText()));
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
        print(stderr, tr("bridges: give at most one database file.\n"));
        return 2;
    }

    QApplication app(argc, argv);
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        path = DatabaseOpener::defaultPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    QString error;
    const std::unique_ptr<Database> database = DatabaseOpener::open(path, &error);
    if (!database) {
        print(stderr, QStringLiteral("bridges: %1\n").arg(error));
        QMessageBox::critical(nullptr, tr("Bridges"), error);
        return 1;
    }
    Workspace workspace(*database);
    MainWindow window(workspace, database->location());
    window.show();
    return app.exec();
}
