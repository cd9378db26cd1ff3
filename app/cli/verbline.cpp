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
    // Qt writes "Usage: <the program's path> [options] <arguments>", the arguments in the
    // order they were added, the verb among them: the line is written again as the user types
    // it, "bridges import [options] FILE", arguments in capitals as usage lines name them.
    const QString verb = parser.positionalArguments().value(0);
    QStringList lines = parser.helpText().split(QLatin1Char('\n'));
    // Qt's own words, as Qt's translations give them (a context lupdate leaves to Qt).
    const char *const qt = "QCommandLineParser";
    const QString options = QCoreApplication::translate(qt, "[options]");
    const QString usage = lines.value(0);
    const qsizetype optionsAt = usage.indexOf(QLatin1Char(' ') + options);
    QStringList arguments;
    if (optionsAt >= 0) {
        arguments =
            usage.mid(optionsAt + options.size() + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    arguments.removeAll(verb);
    for (QString &argument : arguments)
        argument = argument.toUpper();
    lines[0] = QCoreApplication::translate(qt, "Usage: %1").arg(QStringLiteral("bridges ") + verb) +
               QLatin1Char(' ') + options;
    if (!arguments.isEmpty())
        lines[0] += QLatin1Char(' ') + arguments.join(QLatin1Char(' '));
    // Under "Arguments:", the verb is no argument of its own, and the others are named as in
    // the usage line; a heading left with nothing under it goes too.
    const qsizetype heading = lines.indexOf(QCoreApplication::translate(qt, "Arguments:"));
    if (heading >= 0) {
        for (qsizetype i = lines.size() - 1; i > heading; --i) {
            QString &line = lines[i];
            // An argument's line begins with its name after two spaces; a description that
            // wraps goes on further in.
            if (!line.startsWith(QLatin1String("  ")) || line.at(2).isSpace())
                continue;
            const qsizetype end = line.indexOf(QLatin1Char(' '), 2);
            const QString name = line.mid(2, end < 0 ? -1 : end - 2);
            if (name == verb)
                lines.removeAt(i);
            else
                line.replace(2, name.size(), name.toUpper());
        }
        if (heading + 1 >= lines.size() || lines.at(heading + 1).trimmed().isEmpty()) {
            lines.removeAt(heading);
            // The blank line that set the heading apart.
            if (heading > 0 && lines.at(heading - 1).isEmpty())
                lines.removeAt(heading - 1);
        }
    }
    return lines.join(QLatin1Char('\n'));
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
