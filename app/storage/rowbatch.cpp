// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/rowbatch.h"

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

// The same, through Qt: for a database other than SQLite.
class QtStatement
{
public:
    QtStatement(const QSqlDatabase &db, const QString &sql) : m_query(Sql::prepare(db, sql)) {}
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
    // Qt does not say whether a fault ended the transaction; the database refuses what follows.
    bool inTransaction() const { return true; }

private:
    QSqlQuery m_query;
};

// Inserts the rows perStatement to a statement, each statement made by make(rows). A statement
// that fails is undone whole: the row at fault is then found by writing them one at a time.
template <typename Statement, typename Make>
void insertInStatements(const QList<QVariantList> &rows, qsizetype perStatement, Make make,
                        const RowBatch::Watch &watch,
                        const std::function<RowBatch::Refused(qsizetype, const QString &)> &refused)
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
            throw refused(first, reason);
        Statement one = make(1);
        for (qsizetype row = first; row < first + count; ++row) {
            const QString reason = one.run(rows, row, 1);
            if (!reason.isEmpty())
                throw refused(row, reason);
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

RowBatch::RowBatch(QString table, QStringList columns)
    : m_table(std::move(table)), m_columns(std::move(columns))
{}

void RowBatch::insert(const QSqlDatabase &db, const Watch &watch) const
{
    const auto refused = [this](qsizetype row, const QString &reason) {
        return Refused(QCoreApplication::translate("RowBatch", "%1, row %2: %3")
                           .arg(m_table)
                           .arg(row + 1)
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
    }
}
