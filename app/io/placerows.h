// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/io/pairingrows.h"

class TextTable;
class DatasetWriter;

// The rows of a places file: country (CN or US), name_en, kind (province_state, city, county,
// district), and optionally name_zh, province_state (the province by English name, or the
// state by postal code or name, that the place lies in), lat and lon. Each row a place, made
// unless the database holds it already (the same country, kind, name and province or state);
// a province or state must be one the database holds.
namespace PlaceRows {

QStringList requiredColumns();
// Without these a row says nothing: the country, the English name and the kind.
QStringList essentialColumns();
PairingRows::Outcome load(const TextTable &table, DatasetWriter &writer,
                          PairingRows::OnProblem onProblem,
                          const PairingRows::Progress &progress = {});

} // namespace PlaceRows
