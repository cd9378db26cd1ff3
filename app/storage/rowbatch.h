// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/storage/storageerror.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

// Rows of one table, put in many to a statement (INSERT … VALUES (…), (…), …): how imports,
// redone imports, undone deletions and whole-database files write thousands of rows without
// paying for a statement each. The table and column names are written by the storage layer;
// values are bound.
class RowBatch
{
public:
    // The database refused a row: which one (counted from 0 in the batch), and why. On
    // PostgreSQL, the first of the rows written together with it (the message names them all).
    class Refused : public StorageError
    {
    public:
        Refused(const QString &message, qsizetype row) : StorageError(message), m_row(row) {}
        qsizetype row() const { return m_row; }

    private:
        qsizetype m_row;
    };

    RowBatch(QString table, QStringList columns);

    // A batch of one row for each record, its values given by values(record).
    template <typename Records, typename Values>
    static RowBatch of(QString table, QStringList columns, const Records &records, Values values)
    {
        RowBatch batch(std::move(table), std::move(columns));
        batch.m_rows.reserve(records.size());
        for (const auto &record : records)
            batch.append(values(record));
        return batch;
    }

    // A batch of rows of two ids each: the links of a link table.
    static RowBatch ofLinks(QString table, QStringList columns,
                            const QList<QPair<qint64, qint64>> &links)
    {
        return of(std::move(table), std::move(columns), links,
                  [](const QPair<qint64, qint64> &link) {
                      return QVariantList{link.first, link.second};
                  });
    }

    void append(QVariantList row) { m_rows.append(std::move(row)); }
    qsizetype size() const { return m_rows.size(); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    const QString &table() const { return m_table; }
    const QStringList &columns() const { return m_columns; }
    const QList<QVariantList> &rows() const { return m_rows; }

    // Told after each statement how many rows it wrote; it may throw to stop.
    using Watch = std::function<void(qsizetype rows)>;
    // Inserts every row, in order; call inside a transaction. Throws Refused, its message
    // naming the table and the row (counted from 1) the database refused, or on PostgreSQL
    // the rows written together with it.
    void insert(const QSqlDatabase &db, const Watch &watch = {}) const;
    // One row of a record table, its id given by the database when the value for "id" is
    // null (or there is no such column); returns the record's id.
    static qint64 insertOne(const QSqlDatabase &db, const QString &table, QStringList columns,
                            QVariantList values);
    // After rows written with ids of their own, PostgreSQL's identity column would still give
    // ids from where it stood: this moves it past the highest one in the table. (SQLite gives
    // the highest id plus one by itself.)
    static void moveIdentityPast(const QSqlDatabase &db, const QString &table);
    // The statement that inserts rows rows of these columns into table.
    static QString insertSql(const QString &table, const QStringList &columns, qsizetype rows = 1);

private:
    QString m_table;
    QStringList m_columns;
    QList<QVariantList> m_rows;
};
