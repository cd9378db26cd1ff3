// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filter.h"
#include "app/domain/filterchoices.h"

#include <QString>

// Says in words which records a filter keeps, for a chart's subtitle: "Level: City · Field:
// Education · Exchanges 2019–2021", or that it keeps every record. Provinces and states are
// named from the choices the database offers.
namespace FilterDescription {

QString text(const Filter &filter, const FilterChoices &choices);

} // namespace FilterDescription
