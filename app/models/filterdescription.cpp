// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/filterdescription.h"

#include "app/domain/completeness.h"
#include "app/domain/placenaming.h"
#include "app/domain/vocabulary.h"

#include <QCoreApplication>
#include <QLocale>

namespace FilterDescription {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FilterDescription", text);
}

QString regionName(const QList<FilterChoice> &regions, const QString &code)
{
    for (const FilterChoice &region : regions) {
        if (region.key == code)
            return PlaceNaming::shown(region.nameEn, region.nameZh);
    }
    return code;
}

// "1979–1990", "from 1990", "up to 1990"
QString years(int from, int to)
{
    if (from && to)
        return tr("%1–%2").arg(from).arg(to);
    return from ? tr("from %1").arg(from) : tr("up to %1").arg(to);
}
} // namespace

QString withoutYear(qint64 count)
{
    if (count <= 0)
        return QString();
    if (count == 1)
        return tr("1 pairing without a year is not shown");
    return tr("%1 pairings without a year are not shown").arg(QLocale().toString(count));
}

QString text(const Filter &filter, const FilterChoices &choices, qint64 withoutYear)
{
    QStringList parts;
    if (!filter.search.trimmed().isEmpty())
        parts << tr("Search: “%1”").arg(filter.search.trimmed());
    if (!filter.level.isEmpty())
        parts << tr("Level: %1").arg(Vocabulary::displayNameOfLevelKey(filter.level));
    if (!filter.relation.isEmpty())
        parts << tr("Relation: %1").arg(Vocabulary::displayNameOfRelationKey(filter.relation));
    if (filter.status == Filter::unknownStatus())
        parts << tr("Status: not recorded");
    else if (!filter.status.isEmpty())
        parts << tr("Status: %1").arg(Vocabulary::displayNameOfStatusKey(filter.status));
    if (!filter.province.isEmpty())
        parts << tr("Province: %1").arg(regionName(choices.provinces, filter.province));
    if (!filter.state.isEmpty())
        parts << tr("State: %1").arg(regionName(choices.states, filter.state));
    if (filter.establishedFrom || filter.establishedTo)
        parts << tr("Established %1").arg(years(filter.establishedFrom, filter.establishedTo));
    if (!filter.gap.isEmpty())
        parts << tr("Gap: %1").arg(Completeness::displayNameOfGapKey(filter.gap));
    if (!filter.field.isEmpty())
        parts << tr("Field: %1").arg(Vocabulary::displayNameOfFieldKey(filter.field));
    if (!filter.mode.isEmpty())
        parts << tr("Mode: %1").arg(Vocabulary::displayNameOfModeKey(filter.mode));
    if (filter.exchangeFrom || filter.exchangeTo)
        parts << tr("Exchanges %1").arg(years(filter.exchangeFrom, filter.exchangeTo));
    if (filter.hasExchanges == Filter::HasExchanges::Yes)
        parts << tr("Pairings with exchanges");
    else if (filter.hasExchanges == Filter::HasExchanges::No)
        parts << tr("Pairings without exchanges");
    if (parts.isEmpty())
        return tr("All pairings and exchanges, no filter");
    if (withoutYear > 0)
        parts << FilterDescription::withoutYear(withoutYear);
    return tr("Filters: %1").arg(parts.join(QStringLiteral(" · ")));
}

} // namespace FilterDescription
