// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/exportchartoptions.h"

#include "app/cli/filteroptions.h"
#include "app/cli/verbline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ExportChartOptions", text);
}

std::optional<int> number(const QString &text, int low, int high)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}
} // namespace

QStringList ExportChartOptions::charts()
{
    return {QStringLiteral("timeline"), QStringLiteral("provinces"), QStringLiteral("states"),
            QStringLiteral("fields"),   QStringLiteral("modes"),     QStringLiteral("map")};
}

QStringList ExportChartOptions::formats()
{
    return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
}

std::optional<ExportChartOptions> ExportChartOptions::parse(const QStringList &arguments,
                                                            QString *error, QString *helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Draws a chart of the database into a PNG, SVG or PDF file, without a window."));
    parser.addPositionalArgument(QStringLiteral("export-chart"), tr("The command."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    parser.addOptions({
        {QStringLiteral("chart"),
         tr("Which chart: %1 (default timeline).").arg(charts().join(QStringLiteral(", "))),
         tr("name")},
        {QStringLiteral("format"),
         tr("File format: png, svg or pdf (default: the suffix of --out)."), tr("format")},
        {QStringLiteral("out"), tr("The file to write."), tr("file")},
        {QStringLiteral("db"), tr("The database (default: yours, created if missing)."),
         tr("file")},
        {QStringLiteral("size"), tr("Width and height in pixels (default 1600x900)."), tr("WxH")},
        {QStringLiteral("dpi"), tr("Pixels per inch of a PNG (default 96)."), tr("number")},
        {QStringLiteral("years"), tr("The years the timeline spans (default 1979 to now)."),
         tr("FROM-TO")},
        {QStringLiteral("by-mode"), tr("Divide the timeline's bars by mode, not by field.")},
        {QStringLiteral("pairing"), tr("Chart this one pairing's exchanges (its number)."),
         tr("id")},
        {QStringLiteral("title"), tr("The title (default: the chart's own)."), tr("text")},
    });
    FilterOptions::add(parser);
    VerbLine::addLanguage(parser);
    if (!VerbLine::parse(parser, arguments, help, error, helpText))
        return std::nullopt;

    ExportChartOptions options;
    if (parser.isSet(QStringLiteral("chart"))) {
        options.chart = parser.value(QStringLiteral("chart")).trimmed().toLower();
        if (!charts().contains(options.chart)) {
            *error = tr("--chart: “%1” is not one of %2.")
                         .arg(parser.value(QStringLiteral("chart")),
                              charts().join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    options.out = parser.value(QStringLiteral("out"));
    if (options.out.isEmpty()) {
        *error = tr("--out: name the file to write.");
        return std::nullopt;
    }
    options.format = parser.isSet(QStringLiteral("format"))
                         ? parser.value(QStringLiteral("format")).trimmed().toLower()
                         : QFileInfo(options.out).suffix().toLower();
    if (!formats().contains(options.format)) {
        *error = parser.isSet(QStringLiteral("format"))
                     ? tr("--format: “%1” is not one of png, svg, pdf.")
                           .arg(parser.value(QStringLiteral("format")))
                     : tr("--format: not given, and “%1” does not end in .png, .svg or .pdf.")
                           .arg(options.out);
        return std::nullopt;
    }
    options.database = parser.value(QStringLiteral("db"));
    if (parser.isSet(QStringLiteral("size"))) {
        static const QRegularExpression form(QStringLiteral("^(\\d+)[xX×](\\d+)$"));
        const QRegularExpressionMatch match =
            form.match(parser.value(QStringLiteral("size")).trimmed());
        const auto width = match.hasMatch() ? number(match.captured(1), 100, 20000) : std::nullopt;
        const auto height = match.hasMatch() ? number(match.captured(2), 100, 20000) : std::nullopt;
        if (!width || !height) {
            *error = tr("--size: “%1” is not WIDTHxHEIGHT with each side 100 to 20000 pixels.")
                         .arg(parser.value(QStringLiteral("size")));
            return std::nullopt;
        }
        options.size = QSize(*width, *height);
        options.sizeGiven = true;
    }
    if (parser.isSet(QStringLiteral("dpi"))) {
        const auto dpi = number(parser.value(QStringLiteral("dpi")), 24, 2400);
        if (!dpi) {
            *error = tr("--dpi: “%1” is not a number from 24 to 2400.")
                         .arg(parser.value(QStringLiteral("dpi")));
            return std::nullopt;
        }
        options.dpi = *dpi;
    }
    if (parser.isSet(QStringLiteral("years"))) {
        static const QRegularExpression form(QStringLiteral("^(\\d{4})\\s*[-–]\\s*(\\d{4})$"));
        const QRegularExpressionMatch match =
            form.match(parser.value(QStringLiteral("years")).trimmed());
        if (!match.hasMatch() || match.captured(1).toInt() > match.captured(2).toInt()) {
            *error = tr("--years: “%1” is not a span of years such as 1979-2024.")
                         .arg(parser.value(QStringLiteral("years")));
            return std::nullopt;
        }
        options.yearFrom = match.captured(1).toInt();
        options.yearTo = match.captured(2).toInt();
    }
    options.byMode = parser.isSet(QStringLiteral("by-mode"));
    if (parser.isSet(QStringLiteral("pairing"))) {
        bool ok = false;
        options.pairing = parser.value(QStringLiteral("pairing")).toLongLong(&ok);
        if (!ok || options.pairing <= 0) {
            *error = tr("--pairing: “%1” is not a pairing's number.")
                         .arg(parser.value(QStringLiteral("pairing")));
            return std::nullopt;
        }
    }
    options.title = parser.value(QStringLiteral("title"));
    const std::optional<Filter> filter = FilterOptions::read(parser, error);
    if (!filter)
        return std::nullopt;
    options.filter = *filter;
    // Options that would be silently ignored are refused instead.
    if (options.chart != QLatin1String("timeline")) {
        for (const char *timelineOnly : {"years", "by-mode", "pairing"}) {
            if (parser.isSet(QLatin1String(timelineOnly))) {
                *error = tr("--%1: only the timeline takes it, not --chart %2.")
                             .arg(QLatin1String(timelineOnly), options.chart);
                return std::nullopt;
            }
        }
    }
    if (options.pairing && !options.filter.isEmpty()) {
        *error = tr("--pairing: the chart of one pairing shows all of its exchanges; leave out "
                    "the filter options.");
        return std::nullopt;
    }
    return options;
}
