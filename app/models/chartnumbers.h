// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class BreakdownModel;
class MapModel;
class TimelineSeries;

// The numbers behind a chart or the map, as a table (a chart's or the map's Save Data as
// CSV…): what it draws under the filters it was drawn with, each part named as the chart names
// it, the counts as plain numbers. Columns are named in English lower case, as in the lists
// Bridges exports, so that a script reading them works in any language.
struct ChartNumbers
{
    QStringList columns;
    QList<QStringList> rows;

    // year,series,count: for each year shown, each series drawn (the fields or modes of the
    // bars, the new pairings, the pairings with a known year to date; hiddenKeys, switched off
    // in the legend, left out), zeros too; then each official total drawn, in its year.
    static ChartNumbers timeline(const TimelineSeries &timeline, const QSet<QString> &hiddenKeys);
    // province,pairings (or state, field, mode with exchanges): the parts, most first.
    static ChartNumbers breakdown(const BreakdownModel &breakdown);
    // place,latitude,longitude,pairings: the places the map draws, most pairings first.
    static ChartNumbers map(const MapModel &map);
};
