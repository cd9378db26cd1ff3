// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QString>
#include <QStringList>

class QCommandLineParser;

// What the verbs' command lines have in common (bridges export-chart, report, …).
namespace VerbLine {

// Adds what every verb about the records takes: the verb itself, --help (returned) and --db.
QCommandLineOption addHelpAndDatabase(QCommandLineParser &parser, const QString &verb);
// Parses it: false with *error for a wrong line (an unknown option, or anything after the
// verb), or with *helpText when help was asked for.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QCommandLineOption &help,
           QString *error, QString *helpText);
// Lists --language, which every verb takes. The program has read it before the verb's line
// (CommandLanguage), so that the help and the complaints about the line speak it too.
void addLanguage(QCommandLineParser &parser);
// The verb's help (after parse), its usage line as the user types it: "bridges import
// [options] FILE".
QString helpText(const QCommandLineParser &parser);
// A line parse refused: prints the help asked for (returns exit status 0), or the error named
// after the verb ("bridges report: …", status 2).
int refused(const QString &verb, const QString &error, const QString &helpText);

} // namespace VerbLine
