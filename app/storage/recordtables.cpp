// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/recordtables.h"

#include "app/storage/database.h"
#include "app/storage/rowbatch.h"
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

bool isDerived(const QString &column)
{
    return column == QLatin1String("search_key") || column == QLatin1String("search_vector");
}

QStringList columnsOf(const Database &database, const QString &table)
{
    checkTable(table);
    const QSqlRecord record = database.connection().record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i) {
        if (!isDerived(record.fieldName(i)))
            columns << record.fieldName(i);
    }
    return columns;
}

void eachRow(const Database &database, const QString &table,
             const std::function<void(const QVariantList &)> &row)
{
    const QStringList names = columnsOf(database, table);
    QSqlQuery query =
        Sql::run(database.connection(),
                 QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                     .arg(names.join(QStringLiteral(", ")), table,
                          names.size() > 1 ? QStringLiteral("1, 2") : QStringLiteral("1")),
                 {});
    const int columns = query.record().count();
    QVariantList values;
    while (query.next()) {
        values.clear();
        for (int i = 0; i < columns; ++i)
            values << query.value(i);
        row(values);
    }
}

qint64 highestIdGiven(const Database &database, const QString &table)
{
    checkTable(table);
    // What the table's id counter has given (SQLite's sqlite_sequence, PostgreSQL's identity
    // sequence), or the highest id it holds if more.
    const QString given =
        database.backend() == Database::Backend::PostgreSql
            ? QStringLiteral("SELECT last_value FROM pg_sequences WHERE schemaname || '.' || "
                             "sequencename = pg_get_serial_sequence(?, 'id')")
            : QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = ?");
    QSqlQuery query =
        Sql::run(database.connection(),
                 QStringLiteral("SELECT max(v) FROM (SELECT coalesce((%1), 0) AS v UNION ALL "
                                "SELECT coalesce(max(id), 0) FROM %2) AS ids")
                     .arg(given, table),
                 {table});
    return query.next() ? query.value(0).toLongLong() : 0;
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
    RowBatch batch(table, columns);
    for (const QVariantList &row : rows)
        batch.append(row);
    batch.insert(database.connection());
}

void deferReferences(const Database &database)
{
    Sql::execDirect(database.connection(), database.backend() == Database::Backend::PostgreSql
                                               ? QStringLiteral("SET CONSTRAINTS ALL DEFERRED")
                                               : QStringLiteral("PRAGMA defer_foreign_keys = ON"));
}

void settleRowVersions(const Database &database)
{
    Sql::run(database.connection(),
             QStringLiteral("UPDATE row_version_counter SET last = (SELECT max(v) FROM "
                            "(SELECT last AS v FROM row_version_counter UNION ALL SELECT "
                            "max(row_version) FROM places UNION ALL SELECT "
                            "max(row_version) FROM pairings UNION ALL SELECT max(row_version) FROM "
                            "sources UNION ALL SELECT max(row_version) FROM institutions UNION ALL "
                            "SELECT max(row_version) FROM exchanges UNION ALL SELECT "
                            "max(row_version) FROM official_counts) AS versions)"),
             {});
}

} // namespace RecordTables
