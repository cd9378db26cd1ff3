// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/chartnumbers.h"

#include "app/domain/placenaming.h"
#include "app/models/breakdownmodel.h"
#include "app/models/mapmodel.h"
#include "app/models/roles.h"
#include "app/models/timelineseries.h"

#include <algorithm>

ChartNumbers ChartNumbers::timeline(const TimelineSeries &timeline, const QSet<QString> &hiddenKeys)
{
    ChartNumbers numbers;
    numbers.columns = {QStringLiteral("year"), QStringLiteral("series"), QStringLiteral("count")};
    QList<int> drawn;
    for (int column = 0; column < timeline.columnCount(); ++column) {
        if (!hiddenKeys.contains(
                timeline.headerData(column, Qt::Horizontal, Roles::KeyRole).toString()))
            drawn << column;
    }
    for (int row = 0; row < timeline.rowCount(); ++row) {
        const QString year = QString::number(timeline.yearOfRow(row));
        for (const int column : std::as_const(drawn)) {
            numbers.rows.append({year, timeline.headerData(column, Qt::Horizontal).toString(),
                                 QString::number(timeline.index(row, column).data().toLongLong())});
        }
    }
    if (!hiddenKeys.contains(TimelineSeries::officialKey())) {
        for (const TimelineSeries::OfficialMark &mark : timeline.officialMarks()) {
            numbers.rows.append({QString::number(mark.date.yearPart()),
                                 TimelineSeries::officialTotalsName(),
                                 QString::number(mark.total)});
        }
    }
    return numbers;
}

ChartNumbers ChartNumbers::breakdown(const BreakdownModel &breakdown)
{
    ChartNumbers numbers;
    switch (breakdown.what()) {
    case BreakdownModel::PairingsByProvince:
        numbers.columns = {QStringLiteral("province"), QStringLiteral("pairings")};
        break;
    case BreakdownModel::PairingsByState:
        numbers.columns = {QStringLiteral("state"), QStringLiteral("pairings")};
        break;
    case BreakdownModel::ExchangesByField:
        numbers.columns = {QStringLiteral("field"), QStringLiteral("exchanges")};
        break;
    case BreakdownModel::ExchangesByMode:
        numbers.columns = {QStringLiteral("mode"), QStringLiteral("exchanges")};
        break;
    }
    for (int row = 0; row < breakdown.rowCount(); ++row) {
        numbers.rows.append(
            {breakdown.index(row, BreakdownModel::Part).data().toString(),
             QString::number(breakdown.index(row, BreakdownModel::Count).data().toLongLong())});
    }
    return numbers;
}

ChartNumbers ChartNumbers::map(const MapModel &map)
{
    ChartNumbers numbers;
    numbers.columns = {QStringLiteral("place"), QStringLiteral("latitude"),
                       QStringLiteral("longitude"), QStringLiteral("pairings")};
    QList<MapModel::Spot> spots = map.spots();
    std::stable_sort(
        spots.begin(), spots.end(),
        [](const MapModel::Spot &a, const MapModel::Spot &b) { return a.pairings > b.pairings; });
    for (const MapModel::Spot &spot : std::as_const(spots)) {
        numbers.rows.append({PlaceNaming::shown(spot.name, spot.nameZh),
                             QString::number(spot.lonLat.y()), QString::number(spot.lonLat.x()),
                             QString::number(spot.pairings)});
    }
    return numbers;
}
