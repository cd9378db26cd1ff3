// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/filteroptions.h"

#include "app/domain/completeness.h"
#include "app/domain/vocabulary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace FilterOptions {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FilterOptions", text);
}

constexpr int earliestYear = 1800;
constexpr int latestYear = 2200;

// A key of a closed list, or empty when the option is not given.
bool readKey(const QCommandLineParser &parser, const QString &option, const QStringList &keys,
             QString *value, QString *error)
{
    if (!parser.isSet(option))
        return true;
    const QString given = parser.value(option).trimmed().toLower();
    if (keys.contains(given)) {
        *value = given;
        return true;
    }
    *error = tr("--%1: “%2” is not one of %3.")
                 .arg(option, parser.value(option), keys.join(QStringLiteral(", ")));
    return false;
}

bool readYear(const QCommandLineParser &parser, const QString &option, int *year, QString *error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int value = parser.value(option).trimmed().toInt(&ok);
    if (ok && value >= earliestYear && value <= latestYear) {
        *year = value;
        return true;
    }
    *error = tr("--%1: “%2” is not a year between %3 and %4.")
                 .arg(option, parser.value(option))
                 .arg(earliestYear)
                 .arg(latestYear);
    return false;
}

bool readRegion(const QCommandLineParser &parser, const QString &option, const QString &country,
                QString *code, QString *error)
{
    if (!parser.isSet(option))
        return true;
    const QString given = parser.value(option).trimmed().toUpper();
    static const QRegularExpression form(QStringLiteral("^[A-Z]{2}-[A-Z0-9]{1,3}$"));
    if (form.match(given).hasMatch() && given.startsWith(country + QLatin1Char('-'))) {
        *code = given;
        return true;
    }
    *error = tr("--%1: “%2” is not an ISO 3166-2 code of the form %3-XX.")
                 .arg(option, parser.value(option), country);
    return false;
}

bool spanInOrder(int from, int to, const QString &fromOption, QString *error)
{
    if (!from || !to || from <= to)
        return true;
    *error = tr("--%1: %2 comes after the end of the span, %3.").arg(fromOption).arg(from).arg(to);
    return false;
}
} // namespace

void add(QCommandLineParser &parser)
{
    const QString value = tr("value");
    const QString year = tr("year");
    parser.addOptions({
        {QStringLiteral("search"), tr("Keep records naming these words (places, texts)."),
         tr("words")},
        {QStringLiteral("level"),
         tr("Pairing level: %1.").arg(Vocabulary::levelKeys().join(QStringLiteral(", "))), value},
        {QStringLiteral("relation"),
         tr("Relation: %1.").arg(Vocabulary::relationKeys().join(QStringLiteral(", "))), value},
        {QStringLiteral("status"),
         tr("Status: %1, or %2 for none recorded.")
             .arg(Vocabulary::statusKeys().join(QStringLiteral(", ")), Filter::unknownStatus()),
         value},
        {QStringLiteral("province"), tr("Chinese province, as an ISO code (CN-JS)."), tr("code")},
        {QStringLiteral("state"), tr("US state, as an ISO code (US-MO)."), tr("code")},
        {QStringLiteral("established-from"), tr("Pairings established in or after this year."),
         year},
        {QStringLiteral("established-to"), tr("Pairings established in or before this year."),
         year},
        {QStringLiteral("gap"),
         tr("Pairings whose records have this gap: %1 (a pairing without a status: --status %2).")
             .arg(Completeness::gapKeys().join(QStringLiteral(", ")), Filter::unknownStatus()),
         tr("gap")},
        {QStringLiteral("field"),
         tr("Exchange field: %1.").arg(Vocabulary::fieldKeys().join(QStringLiteral(", "))), value},
        {QStringLiteral("mode"),
         tr("Exchange mode: %1.").arg(Vocabulary::modeKeys().join(QStringLiteral(", "))), value},
        {QStringLiteral("exchanges-from"), tr("Exchanges in or after this year."), year},
        {QStringLiteral("exchanges-to"), tr("Exchanges in or before this year."), year},
        {QStringLiteral("has-exchanges"), tr("Pairings with exchanges (yes) or without (no)."),
         tr("yes|no")},
    });
}

std::optional<Filter> read(const QCommandLineParser &parser, QString *error)
{
    Filter filter;
    filter.search = parser.value(QStringLiteral("search")).trimmed();
    QStringList statuses = Vocabulary::statusKeys();
    statuses << Filter::unknownStatus();
    const bool ok =
        readKey(parser, QStringLiteral("level"), Vocabulary::levelKeys(), &filter.level, error) &&
        readKey(parser, QStringLiteral("relation"), Vocabulary::relationKeys(), &filter.relation,
                error) &&
        readKey(parser, QStringLiteral("status"), statuses, &filter.status, error) &&
        readRegion(parser, QStringLiteral("province"), QStringLiteral("CN"), &filter.province,
                   error) &&
        readRegion(parser, QStringLiteral("state"), QStringLiteral("US"), &filter.state, error) &&
        readYear(parser, QStringLiteral("established-from"), &filter.establishedFrom, error) &&
        readYear(parser, QStringLiteral("established-to"), &filter.establishedTo, error) &&
        spanInOrder(filter.establishedFrom, filter.establishedTo,
                    QStringLiteral("established-from"), error) &&
        readKey(parser, QStringLiteral("gap"), Completeness::gapKeys(), &filter.gap, error) &&
        readKey(parser, QStringLiteral("field"), Vocabulary::fieldKeys(), &filter.field, error) &&
        readKey(parser, QStringLiteral("mode"), Vocabulary::modeKeys(), &filter.mode, error) &&
        readYear(parser, QStringLiteral("exchanges-from"), &filter.exchangeFrom, error) &&
        readYear(parser, QStringLiteral("exchanges-to"), &filter.exchangeTo, error) &&
        spanInOrder(filter.exchangeFrom, filter.exchangeTo, QStringLiteral("exchanges-from"),
                    error);
    if (!ok)
        return std::nullopt;
    if (parser.isSet(QStringLiteral("has-exchanges"))) {
        const QString given = parser.value(QStringLiteral("has-exchanges")).trimmed().toLower();
        if (given == QLatin1String("yes")) {
            filter.hasExchanges = Filter::HasExchanges::Yes;
        } else if (given == QLatin1String("no")) {
            filter.hasExchanges = Filter::HasExchanges::No;
        } else {
            *error = tr("--has-exchanges: “%1” is neither yes nor no.")
                         .arg(parser.value(QStringLiteral("has-exchanges")));
            return std::nullopt;
        }
    }
    return filter;
}

} // namespace FilterOptions
