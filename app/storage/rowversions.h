// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

class Database;

// The database's one counter of row versions (see resources/sql/sqlite/006_lasting_ids.sql):
// each number is given once, so a record read at a version holds what that version held.
namespace RowVersions {
// A version not given before; call inside the transaction that writes it. Throws StorageError.
int next(const QSqlDatabase &db);
int next(const Database &database);
} // namespace RowVersions
