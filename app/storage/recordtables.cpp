// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/recordtables.h"

#include "app/storage/database.h"
#include "app/storage/sqlquery.h"
#include "app/storage/storageerror.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace RecordTables {
namespace {
void checkTable(const QString &table)
{
    if (!names().contains(table)) {
        throw StorageError(
            QCoreApplication::translate("RecordTables", "Bridges has no table called “%1”.")
                .arg(table));
    }
}
} // namespace

QStringList columnsOf(const Database &database, const QString &table)
{
    checkTable(table);
    const QSqlRecord record = database.connection().record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

void eachRow(const Database &database, const QString &table,
             const std::function<void(const QVariantList &)> &row)
{
    checkTable(table);
    QSqlQuery query = Sql::run(database.connection(),
                               QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table), {});
    const int columns = query.record().count();
    QVariantList values;
    while (query.next()) {
        values.clear();
        for (int i = 0; i < columns; ++i)
            values << query.value(i);
        row(values);
    }
}

bool allEmpty(const Database &database)
{
    for (const QString &table : names()) {
        QSqlQuery query = Sql::run(database.connection(),
                                   QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table), {});
        if (query.next())
            return false;
    }
    return true;
}

void insert(const Database &database, const QString &table, const QStringList &columns,
            const QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return;
    const QStringList known = columnsOf(database, table);
    for (const QString &column : columns) {
        if (!known.contains(column)) {
            throw StorageError(
                QCoreApplication::translate("RecordTables", "The table %1 has no column “%2”.")
                    .arg(table, column));
        }
    }
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery query =
        Sql::prepare(database.connection(), QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                                .arg(table, columns.join(QStringLiteral(", ")),
                                                     marks.join(QStringLiteral(", "))));
    for (qsizetype index = 0; index < rows.size(); ++index) {
        for (const QVariant &value : rows.at(index))
            query.addBindValue(value);
        // Which row the database refused, counted from 1 in the table's rows.
        try {
            Sql::exec(query);
        } catch (const StorageError &e) {
            throw StorageError(QCoreApplication::translate("RecordTables", "%1, row %2: %3")
                                   .arg(table)
                                   .arg(index + 1)
                                   .arg(e.message()));
        }
    }
}

void deferReferences(const Database &database)
{
    Sql::execDirect(database.connection(), QStringLiteral("PRAGMA defer_foreign_keys = ON"));
}

void settleRowVersions(const Database &database)
{
    Sql::run(database.connection(),
             QStringLiteral("UPDATE row_version_counter SET last = max(last, (SELECT max(v) FROM "
                            "(SELECT max(row_version) AS v FROM places UNION ALL SELECT "
                            "max(row_version) FROM pairings UNION ALL SELECT max(row_version) FROM "
                            "sources UNION ALL SELECT max(row_version) FROM institutions UNION ALL "
                            "SELECT max(row_version) FROM exchanges)))"),
             {});
}

} // namespace RecordTables
