// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/addedrows.h"

#include "app/storage/conflicterror.h"
#include "app/storage/database.h"
#include "app/storage/recordtables.h"
#include "app/storage/sqlquery.h"
#include "app/storage/statementcache.h"

#include <QCoreApplication>
#include <QHash>

namespace {
// What other records refer to the added ones: rows outside them naming one of them. The rows a
// step adds to a table have consecutive ids (the step holds the write lock), so each table's
// added rows are a range, lo to hi (empty: 1 to 0). Bound, in order, the ranges of: pairings,
// places, places | places, places | places | places, exchanges | pairings, exchanges |
// sources, pairings | sources, exchanges | exchanges.
const char *const referencesSql =
    "SELECT (SELECT count(*) FROM pairings WHERE id NOT BETWEEN ? AND ? AND "
    "(chinese_place_id BETWEEN ? AND ? OR us_place_id BETWEEN ? AND ?)) "
    "+ (SELECT count(*) FROM places WHERE id NOT BETWEEN ? AND ? AND parent_id BETWEEN ? AND ?) "
    "+ (SELECT count(*) FROM institutions WHERE place_id BETWEEN ? AND ?) "
    "+ (SELECT count(*) FROM exchange_places WHERE place_id BETWEEN ? AND ? AND exchange_id NOT "
    "BETWEEN ? AND ?) "
    "+ (SELECT count(*) FROM exchange_pairings WHERE pairing_id BETWEEN ? AND ? AND exchange_id "
    "NOT BETWEEN ? AND ?) "
    "+ (SELECT count(*) FROM pairing_sources WHERE source_id BETWEEN ? AND ? AND pairing_id NOT "
    "BETWEEN ? AND ?) "
    "+ (SELECT count(*) FROM exchange_sources WHERE source_id BETWEEN ? AND ? AND exchange_id NOT "
    "BETWEEN ? AND ?) "
    "+ (SELECT count(*) FROM exchange_institutions WHERE exchange_id BETWEEN ? AND ?)";
} // namespace

AddedRows::Marks AddedRows::mark(const Database &database)
{
    return {RecordTables::highestIdGiven(database, QStringLiteral("places")),
            RecordTables::highestIdGiven(database, QStringLiteral("pairings")),
            RecordTables::highestIdGiven(database, QStringLiteral("sources")),
            RecordTables::highestIdGiven(database, QStringLiteral("exchanges")),
            RecordTables::highestIdGiven(database, QStringLiteral("official_counts"))};
}

AddedRows AddedRows::capture(const Database &database, const Marks &marks)
{
    const QSqlDatabase db = database.connection();
    AddedRows added;
    const std::pair<QString, qint64> tables[] = {
        {QStringLiteral("places"), marks.places},
        {QStringLiteral("sources"), marks.sources},
        {QStringLiteral("pairings"), marks.pairings},
        {QStringLiteral("exchanges"), marks.exchanges},
        {QStringLiteral("official_counts"), marks.officialCounts}};
    for (const auto &[name, mark] : tables) {
        Table table;
        table.name = name;
        QSqlQuery range = Sql::run(db,
                                   QStringLiteral("SELECT min(id), max(id), count(*), "
                                                  "sum(row_version) FROM %1 WHERE id > ?")
                                       .arg(name),
                                   {mark});
        if (range.next() && !range.value(0).isNull()) {
            table.first = range.value(0).toLongLong();
            table.last = range.value(1).toLongLong();
            table.count = range.value(2).toLongLong();
            table.versions = range.value(3).toLongLong();
        }
        added.m_tables << table;
    }
    return added;
}

void AddedRows::remove(const Database &database)
{
    const QSqlDatabase db = database.connection();
    const auto refuse = [] {
        throw ConflictError(QCoreApplication::translate(
            "AddedRows", "Some of the records this step added have been changed or used since "
                         "(here or elsewhere). Nothing was taken away: undo those changes "
                         "first, or delete the records one by one."));
    };
    // Each table's added rows all there, none changed since.
    QHash<QString, std::pair<qint64, qint64>> range;
    for (const Table &table : m_tables) {
        range.insert(table.name, {table.first, table.last});
        QSqlQuery now = Sql::run(db,
                                 QStringLiteral("SELECT count(*), coalesce(sum(row_version), 0) "
                                                "FROM %1 WHERE id BETWEEN ? AND ?")
                                     .arg(table.name),
                                 {table.first, table.last});
        if (!now.next() || now.value(0).toLongLong() != table.count ||
            now.value(1).toLongLong() != table.versions)
            refuse();
    }
    QVariantList values;
    const auto bind = [&values, &range](std::initializer_list<const char *> tables) {
        for (const char *table : tables) {
            const auto [lo, hi] = range.value(QLatin1String(table), {1, 0});
            values << lo << hi;
        }
    };
    bind({"pairings", "places", "places"});
    bind({"places", "places"});
    bind({"places"});
    bind({"places", "exchanges"});
    bind({"pairings", "exchanges"});
    bind({"sources", "pairings"});
    bind({"sources", "exchanges"});
    bind({"exchanges"});
    QSqlQuery references = Sql::run(db, QString::fromLatin1(referencesSql), values);
    if (references.next() && references.value(0).toLongLong() > 0)
        refuse();
    // Kept as they are, with the links of the pairings and exchanges, to be put back.
    for (Table &table : m_tables) {
        table.rows = RowSnapshot::capture(db, table.name, QStringLiteral("id BETWEEN ? AND ?"),
                                          {table.first, table.last});
    }
    const auto [pairingsFrom, pairingsTo] = range.value(QStringLiteral("pairings"));
    const auto [exchangesFrom, exchangesTo] = range.value(QStringLiteral("exchanges"));
    m_links.clear();
    m_links << RowSnapshot::capture(db, QStringLiteral("pairing_sources"),
                                    QStringLiteral("pairing_id BETWEEN ? AND ?"),
                                    {pairingsFrom, pairingsTo});
    for (const char *link : {"exchange_pairings", "exchange_places", "exchange_sources"}) {
        m_links << RowSnapshot::capture(db, QLatin1String(link),
                                        QStringLiteral("exchange_id BETWEEN ? AND ?"),
                                        {exchangesFrom, exchangesTo});
    }
    // Exchanges and pairings first (their links go with them), then what they named; each
    // table's rows at once. Places may lie in places added with them, and a restricted
    // reference is checked row by row: they go one by one, the newest (the one inside) first.
    for (auto table = m_tables.crbegin(); table != m_tables.crend(); ++table) {
        if (table->name != QLatin1String("places")) {
            Sql::run(db, QStringLiteral("DELETE FROM %1 WHERE id BETWEEN ? AND ?").arg(table->name),
                     {table->first, table->last});
            continue;
        }
        StatementCache statements(db);
        for (qint64 id = table->last; id >= table->first; --id)
            statements.run(QStringLiteral("DELETE FROM places WHERE id = ?"), {id});
    }
}

void AddedRows::restore(const Database &database) const
{
    const QSqlDatabase db = database.connection();
    for (const Table &table : m_tables)
        table.rows.restore(db);
    for (const RowSnapshot &links : m_links)
        links.restore(db);
}
