// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filter.h"

#include <QString>

#include <functional>

class Database;

// A list written to a file: the pairings or the exchanges a filter keeps, as CSV or JSON (File >
// Export List…, bridges export). The file is written whole or not at all: a failure or a
// cancel leaves any file of that name as it was.
namespace ListExport {

enum class List { Pairings, Exchanges };
enum class Format { Csv, Json };

// progress: told the rows written so far, now and then; false cancels. Returns the number of
// rows written, or -1 with a message (none when cancelled).
qint64 write(const Database &database, List list, Format format, const Filter &filter,
             const QString &path, const std::function<bool(qint64 rows)> &progress, QString *error);

} // namespace ListExport
