// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class Database;

// Temporary databases for tests: real SQLite files in a folder removed after the test; or,
// when ctest runs a test again on PostgreSQL (BRIDGES_TEST_POSTGRESQL names a server), real
// databases on that server, made afresh each time.
namespace TestSupport {

// Whether this run's databases are on a PostgreSQL server.
bool onServer();
// A new database on that server, with nothing in it; its URL, with the password.
QString freshServerDatabase();

// A new, empty Bridges database (schema only) at dir/name, or on the server.
std::unique_ptr<Database> createEmpty(const QTemporaryDir &dir,
                                      const QString &name = QStringLiteral("test.sqlite"));
// A new database loaded with the shipped data, as on a first start.
std::unique_ptr<Database>
createWithShippedData(const QTemporaryDir &dir,
                      const QString &name = QStringLiteral("test.sqlite"));
// The address of the server's database at url for a role that may read every table and change
// none (bridges_reader, made if it is not there yet, given SELECT by owner).
QString readerAddress(const Database &owner, const QString &url);
// A database as Bridges made them before its data came in editions: the first edition's
// records, without the ids later editions give them.
std::unique_ptr<Database>
createWithFirstEdition(const QTemporaryDir &dir,
                       const QString &name = QStringLiteral("test.sqlite"));
// SHA-256 of a file's bytes, to show that a file was left unchanged.
QByteArray digest(const QString &path);
// One value from a query on the database (for checks written as plain SQL).
QVariant scalar(const Database &database, const QString &sql);
// Every row a query returns, one line each, its values separated by '|'.
QString rows(const Database &database, const QString &sql);
// The tallies the schema keeps (exchange_tally: exchanges per year, field and mode;
// pairing_activity: each pairing's exchanges per field, mode and year), each beside what
// counting the records themselves gives: equal while the tallies are right.
QString keptTally(const Database &database);
QString countedTally(const Database &database);
QString keptActivity(const Database &database);
QString countedActivity(const Database &database);
// Runs a statement that returns no rows (to set up or change a fixture in plain SQL).
void execute(const Database &database, const QString &sql);
// How many exchanges the search index finds for a word (as the search box does, on either
// backend).
int exchangesFound(const Database &database, const QString &word);
// The id of the pairing between the places of these English names (0 if none).
qint64 pairingId(const Database &database, const QString &chinese, const QString &us);
// Every row of every table in a stable order, after checking that the full-text index agrees
// with the exchanges: two dumps are equal when the database holds exactly the same.
QString dump(const Database &database);
// Path of a file in tests/data.
QString dataFile(const QString &name);

} // namespace TestSupport
