// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/io/pairingrows.h"

#include <QStringList>

class CsvReader;
class DatasetWriter;

// What an import reads: pairings in the columns of the shipped pairings.csv, or exchanges in
// those of events.csv.
enum class ImportKind { Pairings, Exchanges };

namespace ImportFormats {

// Every column read, in the order the import's preview lists them.
QStringList fields(ImportKind kind);
// The columns without which a row says nothing.
QStringList essential(ImportKind kind);
// The kind a file's header speaks of: a title column means exchanges.
ImportKind guess(const QStringList &header);
PairingRows::Outcome load(ImportKind kind, const CsvReader &csv, DatasetWriter &writer,
                          PairingRows::OnProblem onProblem,
                          const PairingRows::Progress &progress = {});

} // namespace ImportFormats
