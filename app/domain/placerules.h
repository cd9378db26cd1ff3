// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/pairingrules.h"
#include "app/domain/place.h"

#include <optional>

// What a place must be before it is written, each rule tied to its field: an English name, a
// country of the program (China or the United States), a known kind, and coordinates both
// given or both left empty, latitude −90..90 and longitude −180..180, and a province or state
// to lie within only for places below that level (never the place itself).
namespace PlaceRules {

using Problem = PairingRules::Problem; // field: "nameEn", "country", "kind", "parent", "latitude",
                                       // "longitude"

// latitude, longitude: as typed, in decimal degrees ("32.06", "-90.2"), or empty.
QList<Problem> check(const Place &place, const QString &latitude, const QString &longitude);
// A coordinate as typed, or nothing when it is empty or not a number.
std::optional<double> coordinate(const QString &text);

} // namespace PlaceRules
