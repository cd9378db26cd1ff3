// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/rowsnapshot.h"

#include "app/storage/sqlquery.h"

#include <QSqlRecord>

RowSnapshot RowSnapshot::capture(const QSqlDatabase &db, const QString &table,
                                 const QString &condition, const QVariantList &values)
{
    RowSnapshot snapshot;
    snapshot.m_table = table;
    QSqlQuery query =
        Sql::run(db, QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, condition), values);
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        snapshot.m_columns << record.fieldName(i);
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < record.count(); ++i)
            row << query.value(i);
        snapshot.m_rows << row;
    }
    return snapshot;
}

void RowSnapshot::restore(const QSqlDatabase &db) const
{
    if (m_rows.isEmpty())
        return;
    QStringList marks;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(m_table, m_columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    for (const QVariantList &row : m_rows)
        Sql::run(db, sql, row);
}
