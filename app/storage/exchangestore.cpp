// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/exchangestore.h"

#include "app/domain/searchtext.h"
#include "app/storage/conflicterror.h"
#include "app/storage/database.h"
#include "app/storage/exchangefactcounts.h"
#include "app/storage/filtersql.h"
#include "app/storage/rowbatch.h"
#include "app/storage/sqlquery.h"

#include <QCoreApplication>

#include <iterator>

namespace {
// The ORDER BY expression of each sort key, each backed by an index: fixed text only.
QString sortExpression(ExchangeStore::SortKey key)
{
    switch (key) {
    case ExchangeStore::SortKey::Date:
        return QStringLiteral("e.date");
    case ExchangeStore::SortKey::Title:
        return QStringLiteral("lower(e.title)");
    case ExchangeStore::SortKey::Field:
        return QStringLiteral("e.field");
    case ExchangeStore::SortKey::Mode:
        return QStringLiteral("e.mode");
    case ExchangeStore::SortKey::Location:
        return QStringLiteral("lower(e.location)");
    }
    return QStringLiteral("e.id");
}

// The first pairing an exchange belongs to, by id, with its two places' names.
const QString firstPairing =
    QStringLiteral("(SELECT min(pairing_id) FROM exchange_pairings WHERE exchange_id = e.id)");
const QString listColumns =
    QStringLiteral("e.id, e.date, e.title, e.field, e.mode, e.location, %1, "
                   "(SELECT c.name_en FROM pairings p JOIN places c ON c.id = p.chinese_place_id "
                   "WHERE p.id = %1), "
                   "(SELECT u.name_en FROM pairings p JOIN places u ON u.id = p.us_place_id "
                   "WHERE p.id = %1), "
                   "(SELECT count(*) FROM exchange_pairings WHERE exchange_id = e.id)")
        .arg(firstPairing);

// The tables linking an exchange to other records: fixed text only.
struct LinkTable
{
    QString table;
    QString column;
    QList<qint64> Exchange::*ids;
};
const LinkTable linkTables[] = {
    {QStringLiteral("exchange_pairings"), QStringLiteral("pairing_id"), &Exchange::pairingIds},
    {QStringLiteral("exchange_institutions"), QStringLiteral("institution_id"),
     &Exchange::institutionIds},
    {QStringLiteral("exchange_sources"), QStringLiteral("source_id"), &Exchange::sourceIds},
};

// What an insert writes; the row version starts at the table's default.
const QStringList insertedColumns = {QStringLiteral("id"),           QStringLiteral("date"),
                                     QStringLiteral("end_date"),     QStringLiteral("title"),
                                     QStringLiteral("field"),        QStringLiteral("mode"),
                                     QStringLiteral("location"),     QStringLiteral("description"),
                                     QStringLiteral("participants"), QStringLiteral("origin")};

QVariantList insertedValues(const Exchange &exchange)
{
    return {Sql::nullIfZero(exchange.id),
            Sql::nullIfEmpty(exchange.date.toIso()),
            Sql::nullIfEmpty(exchange.endDate.toIso()),
            exchange.title,
            exchange.field,
            exchange.mode,
            Sql::nullIfEmpty(exchange.location),
            Sql::nullIfEmpty(exchange.description),
            Sql::nullIfEmpty(exchange.participants),
            Sql::nullIfEmpty(exchange.origin)};
}

QList<qint64> ids(QSqlQuery &query)
{
    QList<qint64> result;
    while (query.next())
        result << query.value(0).toLongLong();
    return result;
}

QStringList names(QSqlQuery &query)
{
    Sql::exec(query);
    QStringList result;
    while (query.next())
        result << query.value(0).toString();
    return result;
}
} // namespace

ExchangeStore::ExchangeStore(const Database &database)
    : m_database(database), m_db(database.connection()), m_statements(m_db)
{}

qint64 ExchangeStore::insert(const Exchange &exchange)
{
    Exchange added = exchange;
    added.id = RowBatch::insertOne(m_db, QStringLiteral("exchanges"), insertedColumns,
                                   insertedValues(exchange));
    relink(Exchange{}, added);
    return added.id;
}

void ExchangeStore::insert(const QList<Exchange> &exchanges, const RowBatch::Watch &watch)
{
    RowBatch::of(QStringLiteral("exchanges"), insertedColumns, exchanges, insertedValues)
        .insert(m_db, watch);
    for (const LinkTable &link : linkTables) {
        RowBatch links(link.table, {QStringLiteral("exchange_id"), link.column});
        for (const Exchange &exchange : exchanges) {
            for (const qint64 id : exchange.*link.ids)
                links.append({exchange.id, id});
        }
        links.insert(m_db, watch);
    }
}

void ExchangeStore::linkPlaces(const QList<QPair<qint64, qint64>> &links,
                               const RowBatch::Watch &watch)
{
    RowBatch::ofLinks(QStringLiteral("exchange_places"),
                      {QStringLiteral("exchange_id"), QStringLiteral("place_id")}, links)
        .insert(m_db, watch);
}

ExchangeStore::LinkChanges ExchangeStore::relink(const Exchange &from, const Exchange &to)
{
    LinkChanges changes;
    for (int table = 0; table < int(std::size(linkTables)); ++table) {
        const LinkTable &link = linkTables[table];
        const QList<qint64> &before = from.*link.ids;
        const QList<qint64> &after = to.*link.ids;
        for (qint64 id : before) {
            if (!after.contains(id) && unlink(to.id, table, id))
                changes.removed.append({table, id});
        }
        for (qint64 id : after) {
            if (!before.contains(id) && this->link(to.id, table, id))
                changes.made.append({table, id});
        }
    }
    return changes;
}

void ExchangeStore::takeBack(qint64 exchangeId, const LinkChanges &changes)
{
    for (const auto &[table, id] : changes.made)
        unlink(exchangeId, table, id);
    for (const auto &[table, id] : changes.removed)
        link(exchangeId, table, id);
}

bool ExchangeStore::link(qint64 exchangeId, int table, qint64 id)
{
    const LinkTable &link = linkTables[table];
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral("INSERT INTO %1 (exchange_id, %2) VALUES (?, ?) ON CONFLICT DO NOTHING")
            .arg(link.table, link.column),
        {exchangeId, id});
    return query.numRowsAffected() == 1;
}

bool ExchangeStore::unlink(qint64 exchangeId, int table, qint64 id)
{
    const LinkTable &link = linkTables[table];
    QSqlQuery query = Sql::run(m_db,
                               QStringLiteral("DELETE FROM %1 WHERE exchange_id = ? AND %2 = ?")
                                   .arg(link.table, link.column),
                               {exchangeId, id});
    return query.numRowsAffected() == 1;
}

void ExchangeStore::update(const Exchange &exchange, int versionNow, int versionAfter)
{
    Sql::runOnRecordAsRead(
        m_db,
        QStringLiteral("UPDATE exchanges SET date = ?, end_date = ?, title = ?, field = ?, "
                       "mode = ?, location = ?, description = ?, participants = ?, "
                       "row_version = ? WHERE id = ? AND row_version = ?"),
        {Sql::nullIfEmpty(exchange.date.toIso()), Sql::nullIfEmpty(exchange.endDate.toIso()),
         exchange.title, exchange.field, exchange.mode, Sql::nullIfEmpty(exchange.location),
         Sql::nullIfEmpty(exchange.description), Sql::nullIfEmpty(exchange.participants),
         versionAfter, exchange.id, versionNow},
        changedMeanwhile());
}

void ExchangeStore::remove(qint64 id, int version)
{
    Sql::runOnRecordAsRead(m_db,
                           QStringLiteral("DELETE FROM exchanges WHERE id = ? AND row_version = ?"),
                           {id, version}, changedMeanwhile());
}

QString ExchangeStore::changedMeanwhile()
{
    return QCoreApplication::translate(
        "ExchangeStore", "This exchange was changed or removed elsewhere since it was read "
                         "(another window or another user). Refresh (F5) to see it as it is now, "
                         "then make the change again.");
}

QList<ExchangeSummary> ExchangeStore::forPairing(qint64 pairingId) const
{
    QSqlQuery query = Sql::prepare(
        m_db, QStringLiteral("SELECT e.id, e.date, e.title, e.field, e.mode FROM exchanges e "
                             "JOIN exchange_pairings ep ON ep.exchange_id = e.id "
                             "WHERE ep.pairing_id = ? ORDER BY e.date IS NULL, e.date, e.id"));
    query.addBindValue(pairingId);
    Sql::exec(query);
    QList<ExchangeSummary> exchanges;
    while (query.next()) {
        exchanges.append(
            {query.value(0).toLongLong(), PartialDate::fromIso(query.value(1).toString()),
             query.value(2).toString(), query.value(3).toString(), query.value(4).toString()});
    }
    return exchanges;
}

qint64 ExchangeStore::count(const Filter &filter) const
{
    if (!FilterSql::answeredByTally(filter)) {
        if (const auto n = ExchangeFactCounts::count(m_database, filter))
            return *n;
    }
    const SqlCondition condition = FilterSql::forExchanges(filter);
    QSqlQuery query =
        Sql::prepare(m_db, QStringLiteral("SELECT count(*) FROM exchanges e ") + condition.where());
    for (const QVariant &value : condition.values)
        query.addBindValue(value);
    return Sql::scalar(query).toLongLong();
}

QList<ExchangeListRow> ExchangeStore::list(const Filter &filter, SortKey key, Qt::SortOrder order,
                                           Cursor *cursor, int limit) const
{
    // How to search is decided once for both parts of the list.
    const SqlCondition condition = FilterSql::forExchanges(
        filter, commonWords(filter), placelessWords(SearchText::words(filter.search)));
    // A range of years leaves no exchange of unknown date to follow the dated ones.
    const bool noUnknownDates =
        key == SortKey::Date && (filter.exchangeFrom != 0 || filter.exchangeTo != 0);
    QList<ExchangeListRow> rows;
    if (!cursor->inUnknown) {
        QVariant lastKey;
        rows = page(condition, key, order, false, *cursor, limit, &lastKey);
        if (!rows.isEmpty())
            *cursor = {false, false, lastKey, rows.last().id};
        if (rows.size() < limit)
            *cursor = {true, true, {}, 0}; // the known values are done; the unknown follow
    }
    if (cursor->inUnknown && rows.size() < limit && !noUnknownDates) {
        const QList<ExchangeListRow> more = page(condition, key, order, true, *cursor,
                                                 limit - static_cast<int>(rows.size()), nullptr);
        if (!more.isEmpty())
            *cursor = {false, true, {}, more.last().id};
        rows += more;
    }
    return rows;
}

QList<ExchangeListRow> ExchangeStore::page(SqlCondition condition, SortKey key, Qt::SortOrder order,
                                           bool unknownPart, const Cursor &after, int limit,
                                           QVariant *lastKey) const
{
    const QString expression = sortExpression(key);
    const bool ascending = order == Qt::AscendingOrder;
    QString orderBy;
    if (!unknownPart) {
        condition.add(expression + QStringLiteral(" IS NOT NULL"));
        if (!after.atStart) {
            condition.add(
                QStringLiteral("(%1, e.id) %2 (?, ?)")
                    .arg(expression, ascending ? QStringLiteral(">") : QStringLiteral("<")),
                {after.key, after.id});
        }
        orderBy = QStringLiteral("%1 %2, e.id %2")
                      .arg(expression, ascending ? QStringLiteral("ASC") : QStringLiteral("DESC"));
    } else {
        // Rows of unknown value follow in the order they were recorded, whichever the direction.
        condition.add(expression + QStringLiteral(" IS NULL"));
        if (!after.atStart)
            condition.add(QStringLiteral("e.id > ?"), {after.id});
        orderBy = QStringLiteral("e.id");
    }
    QSqlQuery query =
        Sql::prepare(m_db, QStringLiteral("SELECT %1, %2 FROM exchanges e %3 ORDER BY %4 LIMIT ?")
                               .arg(listColumns, expression, condition.where(), orderBy));
    for (const QVariant &value : condition.values)
        query.addBindValue(value);
    query.addBindValue(limit);
    Sql::exec(query);
    QList<ExchangeListRow> rows;
    while (query.next()) {
        ExchangeListRow row;
        row.id = query.value(0).toLongLong();
        row.date = PartialDate::fromIso(query.value(1).toString());
        row.title = query.value(2).toString();
        row.field = query.value(3).toString();
        row.mode = query.value(4).toString();
        row.location = query.value(5).toString();
        row.pairingId = query.value(6).toLongLong();
        row.pairingChinese = query.value(7).toString();
        row.pairingUs = query.value(8).toString();
        row.pairingCount = query.value(9).toInt();
        if (lastKey)
            *lastKey = query.value(10);
        rows.append(row);
    }
    return rows;
}

QStringList ExchangeStore::commonWords(const Filter &filter) const
{
    // A word in more exchanges than this is "common": see FilterSql::forExchanges.
    constexpr int common = 2000;
    QStringList words;
    for (const QString &word : SearchText::words(filter.search)) {
        QSqlQuery query = Sql::prepare(
            m_db, QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM exchanges_search "
                                 "WHERE exchanges_search MATCH ? LIMIT %1) AS matches")
                      .arg(common));
        query.addBindValue(FilterSql::textQuery(word));
        if (Sql::scalar(query).toInt() >= common)
            words << word;
    }
    return words;
}

QStringList ExchangeStore::placelessWords(const QStringList &words) const
{
    QStringList placeless;
    for (const QString &word : words) {
        QSqlQuery query = Sql::prepare(
            m_db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM places WHERE search_key "
                                 "LIKE ? ESCAPE '\\' LIMIT 1) AS found"));
        query.addBindValue(FilterSql::likePattern(word));
        if (Sql::scalar(query).toInt() == 0)
            placeless << word;
    }
    return placeless;
}

qint64 ExchangeStore::sameTitleAndDate(const Exchange &exchange) const
{
    // lower(title) is indexed (exchanges_title).
    QSqlQuery &query = m_statements.run(
        QStringLiteral("SELECT id FROM exchanges WHERE lower(title) "
                       "= lower(?) AND coalesce(date, '') = ? LIMIT 1"),
        // An unknown date is compared as the empty text, not bound as NULL.
        {exchange.title, exchange.date.isNull() ? QStringLiteral("") : exchange.date.toIso()});
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<Exchange> ExchangeStore::byId(qint64 id) const
{
    QSqlQuery query = Sql::prepare(
        m_db, QStringLiteral("SELECT id, date, end_date, title, field, mode, location, "
                             "description, participants, row_version FROM exchanges WHERE id = ?"));
    query.addBindValue(id);
    Sql::exec(query);
    if (!query.next())
        return std::nullopt;
    Exchange exchange;
    exchange.id = query.value(0).toLongLong();
    exchange.date = PartialDate::fromIso(query.value(1).toString());
    exchange.endDate = PartialDate::fromIso(query.value(2).toString());
    exchange.title = query.value(3).toString();
    exchange.field = query.value(4).toString();
    exchange.mode = query.value(5).toString();
    exchange.location = query.value(6).toString();
    exchange.description = query.value(7).toString();
    exchange.participants = query.value(8).toString();
    exchange.rowVersion = query.value(9).toInt();
    for (const LinkTable &link : linkTables) {
        QSqlQuery linked =
            Sql::run(m_db,
                     QStringLiteral("SELECT %2 FROM %1 WHERE exchange_id = ? ORDER BY %2")
                         .arg(link.table, link.column),
                     {id});
        exchange.*link.ids = ids(linked);
    }
    return exchange;
}

QList<PairingReference> ExchangeStore::pairingsOf(qint64 exchangeId) const
{
    QSqlQuery query = Sql::prepare(
        m_db, QStringLiteral("SELECT p.id, c.name_en, u.name_en FROM exchange_pairings ep "
                             "JOIN pairings p ON p.id = ep.pairing_id "
                             "JOIN places c ON c.id = p.chinese_place_id "
                             "JOIN places u ON u.id = p.us_place_id "
                             "WHERE ep.exchange_id = ? ORDER BY p.id"));
    query.addBindValue(exchangeId);
    Sql::exec(query);
    QList<PairingReference> pairings;
    while (query.next()) {
        pairings.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    }
    return pairings;
}

QStringList ExchangeStore::placeNamesOf(qint64 exchangeId) const
{
    QSqlQuery query =
        Sql::prepare(m_db, QStringLiteral("SELECT p.name_en FROM exchange_places ep JOIN places p "
                                          "ON p.id = ep.place_id WHERE ep.exchange_id = ? "
                                          "ORDER BY p.country_code, p.name_en"));
    query.addBindValue(exchangeId);
    return names(query);
}

QStringList ExchangeStore::institutionNamesOf(qint64 exchangeId) const
{
    QSqlQuery query = Sql::prepare(
        m_db, QStringLiteral("SELECT i.name_en FROM exchange_institutions ei JOIN institutions i "
                             "ON i.id = ei.institution_id WHERE ei.exchange_id = ? "
                             "ORDER BY i.name_en"));
    query.addBindValue(exchangeId);
    return names(query);
}
