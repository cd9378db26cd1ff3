// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/statementcache.h"

#include "app/storage/sqlquery.h"

QSqlQuery &StatementCache::run(const QString &sql, const QVariantList &values)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, Sql::prepare(m_db, sql));
    QSqlQuery &query = it.value();
    query.finish();
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    Sql::exec(query);
    return query;
}
