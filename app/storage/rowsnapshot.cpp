// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/rowsnapshot.h"

#include "app/storage/recordtables.h"
#include "app/storage/sqlquery.h"

#include <QSqlRecord>

RowSnapshot RowSnapshot::capture(const QSqlDatabase &db, const QString &table,
                                 const QString &condition, const QVariantList &values)
{
    QSqlQuery query =
        Sql::run(db, QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, condition), values);
    // Columns the database computes are made again as the rows go back.
    const QSqlRecord record = query.record();
    QStringList columns;
    QList<int> kept;
    for (int i = 0; i < record.count(); ++i) {
        if (RecordTables::isDerived(record.fieldName(i)))
            continue;
        columns << record.fieldName(i);
        kept << i;
    }
    RowSnapshot snapshot;
    snapshot.m_rows = RowBatch(table, columns);
    while (query.next()) {
        QVariantList row;
        row.reserve(kept.size());
        for (const int i : std::as_const(kept))
            row << query.value(i);
        snapshot.m_rows.append(std::move(row));
    }
    return snapshot;
}

void RowSnapshot::restore(const QSqlDatabase &db) const
{
    m_rows.insert(db);
}
