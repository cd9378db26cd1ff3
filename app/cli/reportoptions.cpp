// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/reportoptions.h"

#include "app/cli/verbline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReportOptions", text);
}
} // namespace

std::optional<ReportOptions> ReportOptions::parse(const QStringList &arguments, QString *error,
                                                  QString *helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the report of one pairing into a PDF file, without a window: both places, "
           "relation, date and sources, its exchanges, its timeline and its arc on the map."));
    parser.addPositionalArgument(QStringLiteral("report"), tr("The command."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    parser.addOptions({
        {QStringLiteral("pairing"), tr("The pairing to report on (its number)."), tr("id")},
        {QStringLiteral("out"), tr("The PDF file to write."), tr("file")},
        {QStringLiteral("db"),
         tr("The database: a file, or postgresql://user@host/database (default: yours, "
            "created if missing)."),
         tr("file")},
    });
    VerbLine::addLanguage(parser);
    if (!VerbLine::parse(parser, arguments, help, error, helpText))
        return std::nullopt;
    ReportOptions options;
    if (!parser.isSet(QStringLiteral("pairing"))) {
        *error = tr("--pairing: give the number of the pairing to report on.");
        return std::nullopt;
    }
    bool ok = false;
    options.pairing = parser.value(QStringLiteral("pairing")).toLongLong(&ok);
    if (!ok || options.pairing <= 0) {
        *error = tr("--pairing: “%1” is not a pairing's number.")
                     .arg(parser.value(QStringLiteral("pairing")));
        return std::nullopt;
    }
    options.out = parser.value(QStringLiteral("out"));
    if (options.out.isEmpty()) {
        *error = tr("--out: give the PDF file to write.");
        return std::nullopt;
    }
    if (QFileInfo(options.out).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0) {
        *error = tr("--out: a report is a PDF file; give a name ending in .pdf, not “%1”.")
                     .arg(options.out);
        return std::nullopt;
    }
    options.database = parser.value(QStringLiteral("db"));
    return options;
}
