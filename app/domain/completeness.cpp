// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/completeness.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <numeric>

namespace Completeness {
namespace {
struct Term
{
    Gap gap;
    const char *key;
    const char *name; // translated in the "Completeness" context
};

constexpr std::array<Term, 6> terms{{
    {Gap::Year, "no-year", QT_TRANSLATE_NOOP("Completeness", "Year not known")},
    {Gap::Coordinates, "no-coordinates", QT_TRANSLATE_NOOP("Completeness", "No coordinates")},
    {Gap::ChineseName, "no-chinese-name", QT_TRANSLATE_NOOP("Completeness", "No Chinese name")},
    {Gap::UsState, "no-us-state", QT_TRANSLATE_NOOP("Completeness", "No US state")},
    {Gap::Source, "no-source", QT_TRANSLATE_NOOP("Completeness", "No source")},
    {Gap::SourcesDisagree, "sources-disagree",
     QT_TRANSLATE_NOOP("Completeness", "Sources disagree")},
}};

QString tr(const char *text)
{
    return QCoreApplication::translate("Completeness", text);
}
} // namespace

QString key(Gap gap)
{
    for (const Term &term : terms) {
        if (term.gap == gap)
            return QLatin1String(term.key);
    }
    return QString(); // unreachable: every gap has a term
}

std::optional<Gap> gapFromKey(const QString &key)
{
    for (const Term &term : terms) {
        if (key == QLatin1String(term.key))
            return term.gap;
    }
    return std::nullopt;
}

QStringList gapKeys()
{
    QStringList keys;
    for (const Term &term : terms)
        keys << QLatin1String(term.key);
    return keys;
}

QString displayNameOfGapKey(const QString &key)
{
    for (const Term &term : terms) {
        if (key == QLatin1String(term.key))
            return tr(term.name);
    }
    return key;
}

QStringList disagreementWords()
{
    return {QStringLiteral("instead"), QStringLiteral("disagree"), QStringLiteral("conflict")};
}

QList<Line> lines(const FilterChoices &choices)
{
    QList<Line> lines;
    for (const FilterChoice &gap : choices.gaps) {
        Filter filter;
        filter.gap = gap.key;
        lines.append({filter, gap.count});
    }
    Filter noStatus;
    noStatus.status = Filter::unknownStatus();
    qint64 count = 0;
    for (const FilterChoice &status : choices.statuses) {
        if (status.key == noStatus.status)
            count = status.count;
    }
    lines.append({noStatus, count});
    return lines;
}

qint64 pairings(const FilterChoices &choices)
{
    return std::accumulate(choices.levels.begin(), choices.levels.end(), qint64(0),
                           [](qint64 total, const FilterChoice &c) { return total + c.count; });
}

QString text(const Line &line, qint64 pairings)
{
    const QString name = line.filter.gap.isEmpty() ? tr("Status not recorded")
                                                   : displayNameOfGapKey(line.filter.gap);
    const QLocale locale;
    if (pairings == 1)
        return tr("%1: %2 of 1 pairing").arg(name, locale.toString(line.count));
    return tr("%1: %2 of %3 pairings")
        .arg(name, locale.toString(line.count), locale.toString(pairings));
}

} // namespace Completeness
