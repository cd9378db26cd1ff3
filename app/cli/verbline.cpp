// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/verbline.h"

#include "app/cli/console.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace VerbLine {

QCommandLineOption addHelpAndDatabase(QCommandLineParser &parser, const QString &verb)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("VerbLine", text); };
    parser.addPositionalArgument(verb, tr("The command."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    parser.addOption({QStringLiteral("db"),
                      tr("The database (default: yours, created from the shipped data if "
                         "missing)."),
                      tr("file")});
    return help;
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, const QCommandLineOption &help,
           QString *error, QString *helpText)
{
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(help)) {
        *helpText = VerbLine::helpText(parser);
        return false;
    }
    if (parser.positionalArguments().size() > 1) {
        *error = QCoreApplication::translate("VerbLine", "unexpected argument “%1”.")
                     .arg(parser.positionalArguments().at(1));
        return false;
    }
    return true;
}

void addLanguage(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("language"),
                      QCoreApplication::translate(
                          "VerbLine", "The language of what it says and draws: en, zh_CN or "
                                      "system (default: as chosen under View > Language, else "
                                      "the system's)."),
                      QCoreApplication::translate("VerbLine", "language")});
}

QString helpText(const QCommandLineParser &parser)
{
    return parser.helpText().replace(QLatin1String("<executable_name>"), QLatin1String("bridges"));
}

int refused(const QString &verb, const QString &error, const QString &helpText)
{
    if (!helpText.isEmpty()) {
        Console::out(helpText);
        return 0;
    }
    Console::err(QStringLiteral("bridges %1: %2\n").arg(verb, error));
    return 2;
}

} // namespace VerbLine
