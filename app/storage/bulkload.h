// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

class Database;

// Many rows into the empty record tables of a database (see RecordTables), inside the caller's
// transaction, the quickest way the database allows. Nothing of it outlasts a rollback: on
// PostgreSQL every step, the schema's included, is part of the transaction.
//
// On SQLite the rows go in as RowBatch writes them, and the triggers keep the derived tables.
// On PostgreSQL the rows go in sets of thousands, each column's values of a set one bound array
// that the server unnests into rows; and, when the role owns the tables, the load sets aside
// what would otherwise be kept row by row: the triggers that keep the tallies (exchange_tally,
// pairing_activity) are off, and the indexes no constraint needs (the search indexes among them)
// and the references between the tables are dropped, and so is the key of the tally of pairings'
// activity. finish() fills the tallies with one statement each, counted as the migrations count
// them, makes the tally's key and the references again (checking
// every row of a table in one pass) and the indexes (each in one pass), and turns the triggers
// back on: the schema is as it was.
class BulkLoad
{
public:
    // Throws StorageError. Call inside a transaction on the database.
    explicit BulkLoad(const Database &database);

    // Inserts rows of these columns (each one the table has) into one of the record tables.
    // Throws StorageError naming the table and the rows the database refused.
    void insert(const QString &table, const QStringList &columns,
                const QList<QVariantList> &rows) const;
    // Makes again what the load set aside. Throws StorageError (a unique index that the rows
    // break, say); the caller's transaction must then be rolled back.
    void finish();

private:
    // A column's type on PostgreSQL, as the server names it.
    QString typeOf(const QString &table, const QString &column) const;

    const Database &m_database;
    mutable QHash<QString, QHash<QString, QString>> m_types;
    bool m_setAside = false;
    // The indexes dropped for the load: each one's statement to make it again, as the server
    // wrote it.
    QStringList m_indexes;
    // The references dropped for the load: each one's statement to make it again (and check
    // every row against it at once).
    QStringList m_references;
    // The tally's primary key, dropped for the load: the statement to make it again.
    QStringList m_keys;
};
