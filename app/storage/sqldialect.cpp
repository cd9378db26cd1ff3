// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/sqldialect.h"

#include <QRegularExpression>
#include <QSqlDriver>

namespace SqlDialect {

bool isPostgreSql(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
}

QString translated(const QSqlDatabase &db, const QString &sql)
{
    if (!isPostgreSql(db))
        return sql;
    QString result = sql;
    // The words are letters and digits only (SearchText::words), quoted for FTS5 by
    // FilterSql::textQuery: unquoting them leaves nothing a tsquery could read as an operator.
    const QLatin1String matched("search_vector @@ to_tsquery('simple', replace(replace(replace(?, "
                                "'\"* AND \"', ':* & '), '\"*', ':*'), '\"', ''))");
    // Common words are checked on each exchange (see FilterSql::forExchanges), so that
    // PostgreSQL walks the list's index and stops at a screenful. SQLite's unary + (which keeps
    // a subquery from driving the query) would only hide the join from PostgreSQL; IS TRUE
    // (the same in a WHERE) keeps the match from the full-text index, which the planner, its
    // estimate of a prefix match far too low, would otherwise use to collect and sort every
    // exchange holding the words (100,000 of a million for "trade mission").
    result.replace(QLatin1String("+e.id IN (SELECT rowid FROM exchanges_search WHERE "
                                 "exchanges_search MATCH ?)"),
                   QLatin1String("(e.") + matched + QLatin1String(") IS TRUE"));
    result.replace(QLatin1String("+e.id IN "), QLatin1String("e.id IN "));
    result.replace(
        QLatin1String("SELECT rowid FROM exchanges_search WHERE exchanges_search MATCH ?"),
        QLatin1String("SELECT id FROM exchanges WHERE ") + matched);
    result.replace(QLatin1String("group_concat("), QLatin1String("string_agg("));
    // SQLite keeps the order of tables joined by CROSS JOIN, which PostgreSQL allows no ON.
    static const QRegularExpression crossJoinOn(QStringLiteral(" CROSS JOIN (\\w+ \\w+) ON "));
    result.replace(crossJoinOn, QStringLiteral(" JOIN \\1 ON "));
    return result;
}

} // namespace SqlDialect
