// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/databasecopy.h"

#include "app/storage/bulkload.h"
#include "app/storage/database.h"
#include "app/storage/recordtables.h"
#include "app/storage/sqlquery.h"
#include "app/storage/storageerror.h"
#include "app/storage/transaction.h"

#include <QCoreApplication>

namespace DatabaseCopy {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseCopy", text);
}

// Rows are written a few thousand at a time, so that a table of a million exchanges is never
// held whole in memory.
constexpr qsizetype rowsAtOnce = 20000;

qint64 count(const Database &database, const QString &table)
{
    QSqlQuery query =
        Sql::run(database.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table), {});
    return query.next() ? query.value(0).toLongLong() : -1;
}
} // namespace

QList<Copied> copy(const Database &from, const Database &to)
{
    if (!RecordTables::allEmpty(to)) {
        throw StorageError(tr("%1 holds records already: a database is copied only into an "
                              "empty one. Nothing was copied.")
                               .arg(to.location()));
    }
    QList<Copied> copied;
    Transaction transaction(to);
    RecordTables::deferReferences(to);
    BulkLoad load(to);
    for (const QString &table : RecordTables::names()) {
        const QStringList columns = RecordTables::columnsOf(from, table);
        if (columns != RecordTables::columnsOf(to, table)) {
            throw StorageError(tr("The table %1 has other columns in the two databases (schema "
                                  "versions %2 and %3).")
                                   .arg(table)
                                   .arg(from.schemaVersion())
                                   .arg(to.schemaVersion()));
        }
        QList<QVariantList> rows;
        rows.reserve(rowsAtOnce);
        const auto flush = [&] {
            load.insert(table, columns, rows);
            rows.clear();
        };
        RecordTables::eachRow(from, table, [&](const QVariantList &row) {
            rows.append(row);
            if (rows.size() == rowsAtOnce)
                flush();
        });
        flush();
        const qint64 had = count(from, table);
        const qint64 has = count(to, table);
        if (had != has) {
            throw StorageError(tr("The copy of %1 holds %2 rows, the original %3: nothing was "
                                  "copied.")
                                   .arg(table)
                                   .arg(has)
                                   .arg(had));
        }
        copied.append({table, has});
    }
    load.finish();
    RecordTables::settleRowVersions(to);
    transaction.commit();
    // Statistics of the rows just written, so that the first queries are planned for them
    // rather than for empty tables. (On PostgreSQL, of this database's tables alone: a plain
    // ANALYZE visits the server's shared catalogs too, warning of each one only a superuser
    // may analyze.)
    Sql::execDirect(to.connection(),
                    to.backend() == Database::Backend::PostgreSql
                        ? QStringLiteral("ANALYZE %1, pairing_activity, exchange_tally")
                              .arg(RecordTables::names().join(QStringLiteral(", ")))
                        : QStringLiteral("ANALYZE"));
    return copied;
}

} // namespace DatabaseCopy
