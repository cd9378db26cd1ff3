// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/io/pairingrows.h"

class TextTable;
class DatasetWriter;

// The rows of an exchanges file, in the columns of the shipped events.csv (date, title, field,
// mode, cn_name_en, us_name, location, description, source_url; end_date and participants may
// follow), written through a DatasetWriter: each row an exchange, linked to the pairings of
// the Chinese and US places it names (several separated by ";"), to the places, and to its
// source.
namespace EventRows {

QStringList requiredColumns();
// Without these a row says nothing: the title, the field and the mode.
QStringList essentialColumns();
// Counts in Outcome::pairings the exchanges written; duplicates are exchanges of the same title
// and date the database held already. Names of places the database does not know are problems.
PairingRows::Outcome load(const TextTable &table, DatasetWriter &writer,
                          PairingRows::OnProblem onProblem,
                          const PairingRows::Progress &progress = {});

} // namespace EventRows
