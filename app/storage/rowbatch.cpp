// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/rowbatch.h"

#include "app/storage/sqlquery.h"
#include "app/storage/storageerror.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace {
// SQLite binds at most 32,766 values to one statement, PostgreSQL 65,535; a few hundred rows
// to a statement already take away nearly all the cost of a statement per row.
constexpr qsizetype valuesPerStatement = 8000;
constexpr qsizetype rowsPerStatement = 500;

// Binds the rows first to first + count - 1 to query, in order, and runs it.
bool run(QSqlQuery &query, const QList<QVariantList> &rows, qsizetype first, qsizetype count)
{
    query.finish();
    int index = 0;
    for (qsizetype row = first; row < first + count; ++row) {
        for (const QVariant &value : rows.at(row))
            query.bindValue(index++, value);
    }
    return query.exec();
}
} // namespace

QString RowBatch::insertSql(const QString &table, const QStringList &columns, qsizetype rows)
{
    const QString row = QLatin1Char('(') +
                        QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                        QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, columns.join(QStringLiteral(", ")),
             QStringList(rows, row).join(QLatin1Char(',')));
}

RowBatch::RowBatch(QString table, QStringList columns)
    : m_table(std::move(table)), m_columns(std::move(columns))
{}

void RowBatch::insert(const QSqlDatabase &db) const
{
    if (m_rows.isEmpty())
        return;
    const qsizetype perStatement = std::clamp<qsizetype>(
        valuesPerStatement / std::max<qsizetype>(1, m_columns.size()), 1, rowsPerStatement);
    std::optional<QSqlQuery> full;
    for (qsizetype first = 0; first < m_rows.size(); first += perStatement) {
        const qsizetype count = std::min(perStatement, m_rows.size() - first);
        if (count == perStatement && !full)
            full = Sql::prepare(db, insertSql(m_table, m_columns, count));
        QSqlQuery last;
        if (count < perStatement)
            last = Sql::prepare(db, insertSql(m_table, m_columns, count));
        if (run(count == perStatement ? *full : last, m_rows, first, count))
            continue;
        // A statement that fails is undone whole: find the row at fault, one at a time.
        const QString one = insertSql(m_table, m_columns, 1);
        for (qsizetype row = first; row < first + count; ++row) {
            try {
                Sql::run(db, one, m_rows.at(row));
            } catch (const StorageError &e) {
                throw StorageError(QCoreApplication::translate("RowBatch", "%1, row %2: %3")
                                       .arg(m_table)
                                       .arg(row + 1)
                                       .arg(e.message()));
            }
        }
    }
}
