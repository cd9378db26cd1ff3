// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/completeness.h"
#include "app/domain/filter.h"

#include <QString>

// The pairings with each gap of Completeness, as plain SQL written for the tests apart from the
// program's own (joins where FilterSql uses subqueries, other columns where two always go
// together), so that what the program counts is checked against a second way of counting it.
namespace TestSupport {

// SELECT of the ids of the pairings that one Completeness line keeps (its filter: a gap, or
// the status not recorded).
inline QString pairingsWithGap(const Filter &line)
{
    if (line.gap.isEmpty() && line.status == Filter::unknownStatus())
        return QStringLiteral("SELECT id FROM pairings WHERE status IS NULL");
    switch (Completeness::gapFromKey(line.gap).value()) {
    case Completeness::Gap::Year:
        return QStringLiteral("SELECT id FROM pairings WHERE established IS NULL");
    case Completeness::Gap::Coordinates:
        return QStringLiteral(
            "SELECT p.id FROM pairings p JOIN places c ON c.id = p.chinese_place_id JOIN places "
            "u ON u.id = p.us_place_id WHERE c.longitude IS NULL OR u.longitude IS NULL");
    case Completeness::Gap::ChineseName:
        return QStringLiteral("SELECT p.id FROM pairings p JOIN places c ON c.id = "
                              "p.chinese_place_id WHERE coalesce(c.name_zh, '') = ''");
    case Completeness::Gap::UsState:
        return QStringLiteral(
            "SELECT p.id FROM pairings p JOIN places u ON u.id = p.us_place_id LEFT JOIN places s "
            "ON s.id = u.parent_id WHERE u.region_code IS NULL AND s.region_code IS NULL");
    case Completeness::Gap::Source:
        return QStringLiteral("SELECT p.id FROM pairings p LEFT JOIN pairing_sources ps ON "
                              "ps.pairing_id = p.id WHERE ps.source_id IS NULL");
    case Completeness::Gap::SourcesDisagree:
        return QStringLiteral(
            "SELECT id FROM pairings WHERE upper(notes) LIKE '%INSTEAD%' OR upper(notes) LIKE "
            "'%DISAGREE%' OR upper(notes) LIKE '%CONFLICT%'");
    }
    return QString();
}

// How many pairings that line keeps.
inline QString countOfPairingsWithGap(const Filter &line)
{
    return QStringLiteral("SELECT count(*) FROM (%1) AS gap").arg(pairingsWithGap(line));
}

// A filter of one gap alone.
inline Filter gapFilter(const QString &key)
{
    Filter filter;
    filter.gap = key;
    return filter;
}

} // namespace TestSupport
