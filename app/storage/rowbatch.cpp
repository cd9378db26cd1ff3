// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/rowbatch.h"

#include "app/storage/sqldialect.h"
#include "app/storage/sqliterows.h"
#include "app/storage/sqlquery.h"
#include "app/storage/storageerror.h"

#include <QCoreApplication>
#include <QSqlError>

#include <algorithm>
#include <functional>
#include <optional>

namespace {
// SQLite binds at most 32,766 values to one statement, PostgreSQL 65,535; a few hundred rows
// to a statement already take away nearly all the cost of a statement per row.
constexpr qsizetype valuesPerStatement = 8000;
constexpr qsizetype rowsPerStatement = 500;

// The same, through Qt: for a database other than SQLite. On PostgreSQL a refused statement
// spoils the whole transaction, so the row at fault cannot be looked for row by row: the
// rows of the statement are named together, with the server's reason (which names the values
// it refused). A savepoint for each statement would allow the search, but thousands of them
// in one transaction make PostgreSQL thirty times slower.
class QtStatement
{
public:
    QtStatement(const QSqlDatabase &db, const QString &sql)
        : m_query(Sql::prepare(db, sql)), m_spoils(SqlDialect::isPostgreSql(db))
    {}
    QString run(const QList<QVariantList> &rows, qsizetype first, qsizetype count)
    {
        m_query.finish();
        int index = 0;
        for (qsizetype row = first; row < first + count; ++row) {
            for (const QVariant &value : rows.at(row))
                m_query.bindValue(index++, value);
        }
        return m_query.exec() ? QString()
                              : Sql::refusal(m_query.lastQuery(), m_query.lastError().text());
    }
    // Whether the transaction goes on after a refusal: not on PostgreSQL.
    bool inTransaction() const { return !m_spoils; }

private:
    QSqlQuery m_query;
    bool m_spoils;
};

// Inserts the rows perStatement to a statement, each statement made by make(rows). A statement
// that fails is undone whole: the row at fault is then found by writing them one at a time.
template <typename Statement, typename Make>
void insertInStatements(
    const QList<QVariantList> &rows, qsizetype perStatement, Make make,
    const RowBatch::Watch &watch,
    const std::function<RowBatch::Refused(qsizetype, qsizetype, const QString &)> &refused)
{
    std::optional<Statement> full;
    for (qsizetype first = 0; first < rows.size(); first += perStatement) {
        const qsizetype count = std::min(perStatement, rows.size() - first);
        std::optional<Statement> last;
        if (count == perStatement && !full)
            full.emplace(make(count));
        if (count < perStatement)
            last.emplace(make(count));
        Statement &statement = count == perStatement ? *full : *last;
        const QString reason = statement.run(rows, first, count);
        if (reason.isEmpty()) {
            if (watch)
                watch(count);
            continue;
        }
        // Unless the fault ended the transaction: then nothing more may be written.
        if (!statement.inTransaction())
            throw refused(first, count, reason);
        Statement one = make(1);
        for (qsizetype row = first; row < first + count; ++row) {
            const QString reason = one.run(rows, row, 1);
            if (!reason.isEmpty())
                throw refused(row, 1, reason);
        }
        if (watch)
            watch(count);
    }
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

void RowBatch::moveIdentityPast(const QSqlDatabase &db, const QString &table)
{
    Sql::run(db,
             QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), greatest((SELECT "
                            "max(id) FROM %1), (SELECT last_value FROM pg_sequences WHERE "
                            "schemaname || '.' || sequencename = pg_get_serial_sequence('%1', "
                            "'id')), 1))")
                 .arg(table),
             {});
}

RowBatch::RowBatch(QString table, QStringList columns)
    : m_table(std::move(table)), m_columns(std::move(columns))
{}

void RowBatch::insert(const QSqlDatabase &db, const Watch &watch) const
{
    const auto refused = [this](qsizetype row, qsizetype rows, const QString &reason) {
        return Refused(rows == 1 ? QCoreApplication::translate("RowBatch", "%1, row %2: %3")
                                       .arg(m_table)
                                       .arg(row + 1)
                                       .arg(reason)
                                 : QCoreApplication::translate("RowBatch", "%1, rows %2–%3: %4")
                                       .arg(m_table)
                                       .arg(row + 1)
                                       .arg(row + rows)
                                       .arg(reason),
                       row);
    };
    const qsizetype perStatement = std::clamp<qsizetype>(
        valuesPerStatement / std::max<qsizetype>(1, m_columns.size()), 1, rowsPerStatement);
    if (sqlite3 *handle = SqliteStatement::handleOf(db)) {
        insertInStatements<SqliteStatement>(
            m_rows, perStatement,
            [&](qsizetype rows) {
                return SqliteStatement(handle, insertSql(m_table, m_columns, rows));
            },
            watch, refused);
    } else {
        insertInStatements<QtStatement>(
            m_rows, perStatement,
            [&](qsizetype rows) { return QtStatement(db, insertSql(m_table, m_columns, rows)); },
            watch, refused);
        if (SqlDialect::isPostgreSql(db) && m_columns.contains(QLatin1String("id")) &&
            !m_rows.isEmpty())
            moveIdentityPast(db, m_table);
    }
}

qint64 RowBatch::insertOne(const QSqlDatabase &db, const QString &table, QStringList columns,
                           QVariantList values)
{
    const qsizetype id = columns.indexOf(QLatin1String("id"));
    const bool ownId = id >= 0 && !values.at(id).isNull();
    if (id >= 0 && !ownId) { // the database gives one
        columns.removeAt(id);
        values.removeAt(id);
    }
    QSqlQuery query =
        Sql::run(db, insertSql(table, columns) + QStringLiteral(" RETURNING id"), values);
    const qint64 given = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    if (ownId && SqlDialect::isPostgreSql(db))
        moveIdentityPast(db, table);
    return given;
}
