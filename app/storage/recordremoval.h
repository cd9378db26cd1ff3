// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/recordkind.h"
#include "app/storage/rowsnapshot.h"

#include <QString>

class Database;

// Deleting a place, an institution or a source, which goes only while nothing refers to it, or
// an official total, and putting it back. All the SQL is fixed text here; ids and versions are
// bound.
namespace RecordRemoval {

// What refers to the record, in words ("2 pairings and 1 exchange"); empty when nothing does.
QString usesOf(const Database &database, RecordKind kind, qint64 id);
// Deletes the record read at version, returning its row to put back with restore(); throws
// ConflictError when something refers to it or it changed since it was read.
RowSnapshot remove(const Database &database, RecordKind kind, qint64 id, int version);

} // namespace RecordRemoval
