// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The verbs about the records themselves, run without a window (arguments: the program's name,
// the verb, its options). Each returns the exit status: 0 done, 1 the database or a file
// failed (or check found a fault), 2 a wrong command line.
//   bridges check [--db FILE]
//   bridges export --what pairings|exchanges|all --format csv|json --out FILE [--db FILE]
//                  [filters]
//   bridges import FILE [--db FILE] [--dry-run]
//   bridges copy-db --from FILE|URL --to FILE|URL
// A database may be a file or a server's postgresql://user@host:port/database.
namespace DataVerbs {

int check(const QStringList &arguments);
int exportRecords(const QStringList &arguments);
int import(const QStringList &arguments);
int copyDatabase(const QStringList &arguments);

} // namespace DataVerbs
