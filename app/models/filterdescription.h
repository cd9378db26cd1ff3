// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filter.h"
#include "app/domain/filterchoices.h"

#include <QString>

// Says in words which records a filter keeps, for a chart's subtitle: "Level: City · Field:
// Education · Exchanges 2019–2021", or that it keeps every record. Provinces and states are
// named from the choices the database offers.
namespace FilterDescription {

// withoutYear: the pairings the filter's established years hide only because their year is not
// known (PairingsWithoutYear), said after the criteria so that no one takes them for absent.
QString text(const Filter &filter, const FilterChoices &choices, qint64 withoutYear = 0);
// "12 pairings without a year are not shown"; empty for none (or while they are counted).
QString withoutYear(qint64 count);

} // namespace FilterDescription
