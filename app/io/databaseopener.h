// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class Database;

// Opens the database the user asked for, creating it from the shipped dataset when it is new,
// so that a first start shows every pairing at once.
namespace DatabaseOpener {

// bridges.sqlite in the platform's data folder (QStandardPaths::AppDataLocation).
QString defaultPath();

// Opens or creates the file, or connects to the server a postgresql:// URL names (a password
// in the URL is used and shown nowhere; without one, libpq's PGPASSWORD and ~/.pgpass serve).
// On failure returns null and a message naming the file or database and what is wrong with
// it; a file that did not exist before is removed again, so a failed first start leaves
// nothing behind.
// With Contents::Empty a new file gets the schema only (to load a whole database into).
enum class Contents { ShippedData, Empty };
std::unique_ptr<Database> open(const QString &path, QString *error,
                               Contents contents = Contents::ShippedData);
// A new database file at path, from the shipped data or empty (kept empty when opened again),
// made whole beside it before it takes the place of any file there (a user's choice in File >
// New Database…, asked before): a failure leaves that file as it was. Closed again; false with
// *error saying why.
bool makeNew(const QString &path, Contents contents, QString *error);
// For the command-line verbs: the file given with --db, or the user's own database (its folder
// made if need be).
std::unique_ptr<Database> openForCommand(const QString &given, QString *error,
                                         Contents contents = Contents::ShippedData);

} // namespace DatabaseOpener
