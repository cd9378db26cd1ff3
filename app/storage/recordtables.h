// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVariantList>

#include <functional>

class Database;

// The tables that hold what people entered, as rows, for copying a whole database out and into
// an empty one. The tables derived from them (the search index, the tallies, the per-pairing
// summaries) are left out: the triggers make them again as the rows go in (or BulkLoad, once
// at the end). Table and column
// names are checked against the schema before any reaches SQL; values are bound.
namespace RecordTables {

// In an order in which every row's references come before it.
inline QStringList names()
{
    return {QStringLiteral("places"),
            QStringLiteral("pairings"),
            QStringLiteral("sources"),
            QStringLiteral("pairing_sources"),
            QStringLiteral("institutions"),
            QStringLiteral("exchanges"),
            QStringLiteral("exchange_pairings"),
            QStringLiteral("exchange_places"),
            QStringLiteral("exchange_institutions"),
            QStringLiteral("exchange_sources"),
            QStringLiteral("official_counts"),
            QStringLiteral("data_edition")};
}
// Whether the database computes a column from the others (the places' search key, the
// exchanges' search vector on PostgreSQL): it is never written, copied or put back.
bool isDerived(const QString &column);
// A table's columns, as the schema has them, less those derived.
QStringList columnsOf(const Database &database, const QString &table);
// Calls row for every row of the table, in the order of its key. Throws StorageError.
void eachRow(const Database &database, const QString &table,
             const std::function<void(const QVariantList &)> &row);
// The highest id the table (places, pairings, sources, institutions or exchanges) has given,
// counting rows deleted since: ids are never given twice.
qint64 highestIdGiven(const Database &database, const QString &table);
// Whether no table holds a row.
bool allEmpty(const Database &database);
// Inserts rows of the given columns (each a column of the table) into the table. Throws
// StorageError naming the table and the row the database refused; call inside a transaction.
void insert(const Database &database, const QString &table, const QStringList &columns,
            const QList<QVariantList> &rows);
// Lets rows refer to rows that come later in the same transaction (a place inside a province
// of a higher id); every reference is still checked when the transaction commits.
void deferReferences(const Database &database);
// Brings the counter of row versions up to the highest version in the tables.
void settleRowVersions(const Database &database);

} // namespace RecordTables
