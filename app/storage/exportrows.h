// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filter.h"

#include <QStringList>

#include <functional>

class Database;

// The rows of a list as they are written out (File > Export…, bridges export): the pairings or
// the exchanges the filter keeps, every field as text, unknown values empty. The pairings'
// columns are those of the shipped pairings.csv, after an id and before the status, so that a
// file exported here reads like the data Bridges starts from. The exchanges' columns hold
// those of the shipped events.csv too (the Chinese and US places they name, their source
// addresses), so that an exported list of either imports again.
namespace ExportRows {

QStringList pairingColumns();
QStringList exchangeColumns();
// Calls row for each record in id order, with the values in the order of the columns; stops
// early when row returns false (the user cancelled). Throws StorageError.
void pairings(const Database &database, const Filter &filter,
              const std::function<bool(const QStringList &)> &row);
void exchanges(const Database &database, const Filter &filter,
               const std::function<bool(const QStringList &)> &row);

} // namespace ExportRows
