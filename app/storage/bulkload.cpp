// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/bulkload.h"

#include "app/storage/database.h"
#include "app/storage/recordtables.h"
#include "app/storage/rowbatch.h"
#include "app/storage/sqlquery.h"
#include "app/storage/storageerror.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>

namespace {
// Rows to one statement on PostgreSQL: a few megabytes of JSON, so that the cost of a statement
// is spread thin and a set is never much to hold.
constexpr qsizetype rowsPerSet = 10000;

// The triggers that keep the tallies as rows go in, by table: fixed names from the migrations
// (resources/sql/postgresql/004 and 005). Those for changes and deletions never fire in a load.
struct TallyTrigger
{
    const char *table;
    const char *trigger;
};
constexpr TallyTrigger tallyTriggers[] = {
    {"exchanges", "exchange_tally_added"},
    {"exchange_pairings", "pairing_activity_links_made"},
};

// The tallies made from the rows, as migrations 004 and 005 make them from the tables, and as
// their triggers count each row added.
const QString tallies[] = {
    QStringLiteral("DELETE FROM exchange_tally"),
    QStringLiteral("INSERT INTO exchange_tally (year, field, mode, exchanges) "
                   "SELECT coalesce(CAST(substr(date, 1, 4) AS INTEGER), 0), field, mode, "
                   "count(*) FROM exchanges GROUP BY 1, field, mode"),
    QStringLiteral("DELETE FROM pairing_activity"),
    // Each facet counted on its own, as migration 004 counts them: three small groupings are
    // quicker than one of every link three times over (3.7 s against 5.5 s at a million).
    QStringLiteral("INSERT INTO pairing_activity (facet, value, pairing_id, exchanges) "
                   "SELECT 'field', e.field, ep.pairing_id, count(*) FROM exchange_pairings ep "
                   "JOIN exchanges e ON e.id = ep.exchange_id GROUP BY e.field, ep.pairing_id "
                   "UNION ALL SELECT 'mode', e.mode, ep.pairing_id, count(*) "
                   "FROM exchange_pairings ep JOIN exchanges e ON e.id = ep.exchange_id "
                   "GROUP BY e.mode, ep.pairing_id "
                   "UNION ALL SELECT 'year', substr(e.date, 1, 4), ep.pairing_id, count(*) "
                   "FROM exchange_pairings ep JOIN exchanges e ON e.id = ep.exchange_id "
                   "WHERE e.date IS NOT NULL GROUP BY substr(e.date, 1, 4), ep.pairing_id"),
};

// The tally whose key the load drops and makes again after counting: a million rows put in
// an index one by one cost twice what sorting them into a new one does.
constexpr const char *keyedTally = "pairing_activity";

// The tables the load writes: the record tables, and the tally it fills at the end.
QStringList loadedTables()
{
    return RecordTables::names() << QStringLiteral("pairing_activity");
}

// Their names as one PostgreSQL array (of plain names, none needing quotes), to bind.
QString tableArray()
{
    return QLatin1Char('{') + loadedTables().join(QLatin1Char(',')) + QLatin1Char('}');
}

// Whether the role owns every table the load touches (only an owner may turn a trigger off or
// drop an index).
bool ownsTables(const QSqlDatabase &db)
{
    QSqlQuery query =
        Sql::run(db,
                 QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                "current_schema() AND tablename = ANY (CAST(? AS text[])) "
                                "AND pg_has_role(tableowner, 'USAGE')"),
                 {tableArray()});
    return query.next() && query.value(0).toInt() == loadedTables().size();
}

// One value as an element of a PostgreSQL array literal: quoted, with its quotes and
// backslashes escaped, or NULL. The server converts it to the column's type.
void appendElement(QString &array, const QVariant &value)
{
    if (value.isNull()) {
        array += QLatin1String("NULL");
        return;
    }
    const QString text =
        value.typeId() == QMetaType::Double
            ? QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest)
            : value.toString();
    array += QLatin1Char('"');
    if (!text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\\'))) {
        array += text; // most values: nothing to escape
    } else {
        for (const QChar c : text) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                array += QLatin1Char('\\');
            array += c;
        }
    }
    array += QLatin1Char('"');
}
} // namespace

BulkLoad::BulkLoad(const Database &database) : m_database(database)
{
    if (database.backend() != Database::Backend::PostgreSql)
        return;
    const QSqlDatabase db = database.connection();
    // Room to sort and count in memory, for this transaction only.
    Sql::execDirect(db, QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"));
    Sql::execDirect(db, QStringLiteral("SET LOCAL work_mem = '256MB'"));
    if (!ownsTables(db))
        return; // the triggers keep the tallies, row set by row set
    m_setAside = true;
    for (const TallyTrigger &t : tallyTriggers) {
        Sql::execDirect(db, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER %2")
                                .arg(QLatin1String(t.table), QLatin1String(t.trigger)));
    }
    // The indexes that back no constraint (a key, a unique column, a reference's target): the
    // server's own names and definitions, quoted by it.
    QSqlQuery indexes = Sql::run(
        db,
        QStringLiteral("SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), "
                       "pg_get_indexdef(i.indexrelid) FROM pg_index i "
                       "JOIN pg_class c ON c.oid = i.indexrelid "
                       "JOIN pg_class t ON t.oid = i.indrelid "
                       "JOIN pg_namespace n ON n.oid = t.relnamespace "
                       "WHERE n.nspname = current_schema() AND t.relname = ANY (CAST(? AS text[])) "
                       "AND NOT EXISTS (SELECT 1 FROM pg_constraint k "
                       "WHERE k.conindid = i.indexrelid) ORDER BY 1"),
        {tableArray()});
    QStringList dropped;
    while (indexes.next()) {
        dropped << indexes.value(0).toString();
        m_indexes << indexes.value(1).toString();
    }
    indexes.finish();
    for (const QString &index : std::as_const(dropped))
        Sql::execDirect(db, QStringLiteral("DROP INDEX %1").arg(index));
    // The references, checked row by row as each row goes in, are checked for each table in
    // one pass when finish() makes them again.
    QSqlQuery references = Sql::run(
        db,
        QStringLiteral("SELECT quote_ident(n.nspname) || '.' || quote_ident(t.relname), "
                       "quote_ident(k.conname), pg_get_constraintdef(k.oid) FROM pg_constraint k "
                       "JOIN pg_class t ON t.oid = k.conrelid "
                       "JOIN pg_namespace n ON n.oid = t.relnamespace "
                       "WHERE k.contype = 'f' AND n.nspname = current_schema() "
                       "AND t.relname = ANY (CAST(? AS text[])) ORDER BY 1, 2"),
        {tableArray()});
    QStringList droppedReferences;
    while (references.next()) {
        const QString table = references.value(0).toString();
        const QString name = references.value(1).toString();
        droppedReferences << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table, name);
        m_references << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                            .arg(table, name, references.value(2).toString());
    }
    references.finish();
    for (const QString &statement : std::as_const(droppedReferences))
        Sql::execDirect(db, statement);
    // The tally's key, made again once the tally is counted (nothing else refers to it).
    QSqlQuery key = Sql::run(
        db,
        QStringLiteral("SELECT quote_ident(k.conname), pg_get_constraintdef(k.oid) "
                       "FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid "
                       "JOIN pg_namespace n ON n.oid = t.relnamespace WHERE k.contype = 'p' "
                       "AND n.nspname = current_schema() AND t.relname = ?"),
        {QLatin1String(keyedTally)});
    if (key.next()) {
        const QString name = key.value(0).toString();
        m_keys << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                      .arg(QLatin1String(keyedTally), name, key.value(1).toString());
        key.finish();
        Sql::execDirect(db, QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2")
                                .arg(QLatin1String(keyedTally), name));
    }
}

void BulkLoad::insert(const QString &table, const QStringList &columns,
                      const QList<QVariantList> &rows) const
{
    const QSqlDatabase db = m_database.connection();
    if (m_database.backend() != Database::Backend::PostgreSql) {
        RecordTables::insert(m_database, table, columns, rows);
        return;
    }
    if (rows.isEmpty())
        return;
    const QStringList known = RecordTables::columnsOf(m_database, table);
    for (const QString &column : columns) {
        if (!known.contains(column)) {
            throw StorageError(
                QCoreApplication::translate("RecordTables", "The table %1 has no column “%2”.")
                    .arg(table, column));
        }
    }
    // Each column's values travel as one bound array, which the server reads with the
    // column's type and unnests into rows: the values are never part of the statement.
    QStringList arrays;
    for (const QString &column : columns)
        arrays << QStringLiteral("CAST(? AS %1[])").arg(typeOf(table, column));
    QSqlQuery statement = Sql::prepare(
        db, QStringLiteral("INSERT INTO %1 (%2) SELECT * FROM unnest(%3)")
                .arg(table, columns.join(QStringLiteral(", ")), arrays.join(QStringLiteral(", "))));
    for (qsizetype first = 0; first < rows.size(); first += rowsPerSet) {
        const qsizetype last = std::min(rows.size(), first + rowsPerSet);
        for (qsizetype column = 0; column < columns.size(); ++column) {
            QString array = QStringLiteral("{");
            for (qsizetype row = first; row < last; ++row) {
                if (row > first)
                    array += QLatin1Char(',');
                appendElement(array, rows.at(row).at(column));
            }
            array += QLatin1Char('}');
            statement.bindValue(int(column), array);
        }
        if (!statement.exec()) {
            throw StorageError(QCoreApplication::translate("RowBatch", "%1, rows %2–%3: %4")
                                   .arg(table)
                                   .arg(first + 1)
                                   .arg(last)
                                   .arg(statement.lastError().text()));
        }
    }
    if (columns.contains(QLatin1String("id")))
        RowBatch::moveIdentityPast(db, table);
}

QString BulkLoad::typeOf(const QString &table, const QString &column) const
{
    if (!m_types.contains(table)) {
        // The server's names of the columns' types ("bigint", "double precision", "text").
        QSqlQuery query = Sql::run(m_database.connection(),
                                   QStringLiteral("SELECT attname, format_type(atttypid, "
                                                  "atttypmod) FROM pg_attribute WHERE attrelid = "
                                                  "CAST(? AS regclass) AND attnum > 0 AND NOT "
                                                  "attisdropped"),
                                   {table});
        QHash<QString, QString> &types = m_types[table];
        while (query.next())
            types.insert(query.value(0).toString(), query.value(1).toString());
    }
    return m_types.value(table).value(column);
}

void BulkLoad::finish()
{
    if (!m_setAside)
        return;
    const QSqlDatabase db = m_database.connection();
    for (const QString &statement : tallies)
        Sql::execDirect(db, statement);
    for (const QString &statement : std::as_const(m_keys))
        Sql::execDirect(db, statement);
    m_keys.clear();
    for (const QString &statement : std::as_const(m_references))
        Sql::execDirect(db, statement);
    m_references.clear();
    for (const QString &index : std::as_const(m_indexes))
        Sql::execDirect(db, index);
    m_indexes.clear();
    for (const TallyTrigger &t : tallyTriggers) {
        Sql::execDirect(db, QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER %2")
                                .arg(QLatin1String(t.table), QLatin1String(t.trigger)));
    }
    m_setAside = false;
}
