// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filter.h"
#include "app/domain/filterchoices.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the pairings' records lack, or hold in doubt: the gaps an association can fill in. Each
// gap is a filter criterion (Filter::gap, by a stable key for the settings and the command
// line); the Completeness view and `bridges check` count the pairings with each, of all
// pairings, and choosing a count keeps exactly those pairings.
namespace Completeness {

enum class Gap { Year, Coordinates, ChineseName, UsState, Source, SourcesDisagree };

QString key(Gap gap); // "no-year"
std::optional<Gap> gapFromKey(const QString &key);
// Every key, in the order the gaps are offered. A pairing without a status is not a gap of its
// own: the status filter selects it already (Filter::unknownStatus()).
QStringList gapKeys();
// "Year not known"; the key itself if it is not one of ours.
QString displayNameOfGapKey(const QString &key);

// The words, in lower case, by which a pairing's note says that its sources disagree about it.
// The data has no column for that: its SOURCES.md says that where sources disagree the value
// taken is in `established` and the other in the note, and the notes say so as "… gives 7 Oct
// 1985 instead", "DISAGREEMENT: … says 2016", "sources disagree (2013 vs 2014)" or "Conflicts
// with … (which would imply ~1989)". Ordinary notes (where a source, what a coordinate is,
// "consistent with") use none of these words.
QStringList disagreementWords();

// One count: the filter that keeps the pairings with a gap, and how many it keeps.
struct Line
{
    Filter filter;
    qint64 count = 0;
};
// The gaps these choices count, in the order shown, and last the pairings without a status.
QList<Line> lines(const FilterChoices &choices);
// How many pairings these choices count in all (each pairing has one level).
qint64 pairings(const FilterChoices &choices);
// "Year not known: 88 of 219 pairings"
QString text(const Line &line, qint64 pairings);

} // namespace Completeness
