// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/heldrecords.h"

#include "app/storage/database.h"
#include "app/storage/sqlquery.h"

namespace HeldRecords {
namespace {
// A province's English name, a state's postal code ("US-MO" -> "MO"); a province or state
// stands in its own column.
const QString regionOf = QStringLiteral(
    "CASE WHEN %1.country_code = 'CN' THEN coalesce(%2.name_en, CASE WHEN %1.region_code IS NOT "
    "NULL THEN %1.name_en END) ELSE substr(coalesce(%2.region_code, %1.region_code), 4) END");

const QString placeColumns =
    QStringLiteral("%1.id, %1.name_en, %1.name_zh, %1.kind, %2, %1.latitude, %1.longitude, "
                   "%1.row_version");

HeldPlace placeAt(const QSqlQuery &query, int first)
{
    HeldPlace place;
    place.id = query.value(first).toLongLong();
    place.nameEn = query.value(first + 1).toString();
    place.nameZh = query.value(first + 2).toString();
    place.kind = query.value(first + 3).toString();
    place.region = query.value(first + 4).toString();
    place.latitude = Sql::optionalDouble(query.value(first + 5));
    place.longitude = Sql::optionalDouble(query.value(first + 6));
    place.rowVersion = query.value(first + 7).toInt();
    return place;
}

// Each owner's cited addresses: owner id -> urls (of the owners in only, when given).
QHash<qint64, QStringList> urlsOf(const Database &database, const QString &links,
                                  const QString &owner, const QString &condition,
                                  const QSet<qint64> *only = nullptr)
{
    QSqlQuery query =
        Sql::run(database.connection(),
                 QStringLiteral("SELECT l.%2, s.url FROM %1 l JOIN sources s ON s.id = l.source_id "
                                "WHERE s.url IS NOT NULL %3 ORDER BY l.%2, s.url")
                     .arg(links, owner, condition),
                 {});
    QHash<qint64, QStringList> urls;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (!only || only->contains(id))
            urls[id] << query.value(1).toString();
    }
    return urls;
}

const QString exchangeColumns =
    QStringLiteral("id, origin, date, title, field, mode, location, description, row_version");

HeldExchange exchangeAt(const QSqlQuery &query)
{
    HeldExchange exchange;
    exchange.id = query.value(0).toLongLong();
    exchange.origin = query.value(1).toString();
    exchange.date = query.value(2).toString();
    exchange.title = query.value(3).toString();
    exchange.field = query.value(4).toString();
    exchange.mode = query.value(5).toString();
    exchange.location = query.value(6).toString();
    exchange.description = query.value(7).toString();
    exchange.rowVersion = query.value(8).toInt();
    return exchange;
}
} // namespace

QList<HeldPairing> pairings(const Database &database,
                            const std::function<bool(const HeldPairing &)> &wanted)
{
    QSqlQuery query = Sql::run(
        database.connection(),
        QStringLiteral("SELECT p.id, p.origin, p.level, p.relation, p.established, p.status, "
                       "p.notes, p.row_version, %1, %2 FROM pairings p "
                       "JOIN places c ON c.id = p.chinese_place_id "
                       "LEFT JOIN places cr ON cr.id = c.parent_id "
                       "JOIN places u ON u.id = p.us_place_id "
                       "LEFT JOIN places ur ON ur.id = u.parent_id ORDER BY p.id")
            .arg(placeColumns.arg(QStringLiteral("c"),
                                  regionOf.arg(QStringLiteral("c"), QStringLiteral("cr"))),
                 placeColumns.arg(QStringLiteral("u"),
                                  regionOf.arg(QStringLiteral("u"), QStringLiteral("ur")))),
        {});
    QList<HeldPairing> held;
    while (query.next()) {
        HeldPairing pairing;
        pairing.id = query.value(0).toLongLong();
        pairing.origin = query.value(1).toString();
        pairing.level = query.value(2).toString();
        pairing.relation = query.value(3).toString();
        pairing.established = query.value(4).toString();
        pairing.status = query.value(5).toString();
        pairing.notes = query.value(6).toString();
        pairing.rowVersion = query.value(7).toInt();
        pairing.chinese = placeAt(query, 8);
        pairing.us = placeAt(query, 16);
        if (!wanted || wanted(pairing))
            held << pairing;
    }
    QSet<qint64> ids; // those kept, when not all are
    for (const HeldPairing &pairing : held) {
        if (wanted)
            ids.insert(pairing.id);
    }
    const QHash<qint64, QStringList> urls =
        urlsOf(database, QStringLiteral("pairing_sources"), QStringLiteral("pairing_id"), QString(),
               wanted ? &ids : nullptr);
    for (HeldPairing &pairing : held)
        pairing.urls = urls.value(pairing.id);
    return held;
}

QList<HeldExchange> shippedExchanges(const Database &database)
{
    QSqlQuery query = Sql::run(database.connection(),
                               QStringLiteral("SELECT %1 FROM exchanges WHERE origin IS NOT NULL "
                                              "ORDER BY id")
                                   .arg(exchangeColumns),
                               {});
    QList<HeldExchange> held;
    while (query.next())
        held << exchangeAt(query);
    const QHash<qint64, QStringList> urls =
        urlsOf(database, QStringLiteral("exchange_sources"), QStringLiteral("exchange_id"),
               QStringLiteral("AND l.exchange_id IN (SELECT id FROM exchanges WHERE origin IS "
                              "NOT NULL)"));
    for (HeldExchange &exchange : held)
        exchange.urls = urls.value(exchange.id);
    return held;
}

std::optional<HeldExchange> exchange(const Database &database, qint64 id)
{
    QSqlQuery query = Sql::run(
        database.connection(),
        QStringLiteral("SELECT %1 FROM exchanges WHERE id = ?").arg(exchangeColumns), {id});
    if (!query.next())
        return std::nullopt;
    HeldExchange held = exchangeAt(query);
    QSqlQuery urls = Sql::run(database.connection(),
                              QStringLiteral("SELECT s.url FROM exchange_sources l JOIN sources s "
                                             "ON s.id = l.source_id WHERE l.exchange_id = ? AND "
                                             "s.url IS NOT NULL ORDER BY s.url"),
                              {id});
    while (urls.next())
        held.urls << urls.value(0).toString();
    return held;
}

int otherUses(const Database &database, qint64 placeId, qint64 pairingId)
{
    QSqlQuery query =
        Sql::run(database.connection(),
                 QStringLiteral("SELECT (SELECT count(*) FROM pairings WHERE id <> ? AND "
                                "(chinese_place_id = ? OR us_place_id = ?)) "
                                "+ (SELECT count(*) FROM exchange_places WHERE place_id = ?) "
                                "+ (SELECT count(*) FROM institutions WHERE place_id = ?) "
                                "+ (SELECT count(*) FROM places WHERE parent_id = ?)"),
                 {pairingId, placeId, placeId, placeId, placeId, placeId});
    return query.next() ? query.value(0).toInt() : 0;
}

qint64 regionId(const Database &database, const QString &countryCode, const QString &region)
{
    QSqlQuery query = Sql::run(
        database.connection(),
        QStringLiteral("SELECT id FROM places WHERE region_code IS NOT NULL AND country_code = ? "
                       "AND (CASE WHEN country_code = 'CN' THEN name_en ELSE "
                       "substr(region_code, 4) END) = ?"),
        {countryCode, region});
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 placeIn(const Database &database, const QString &countryCode, const QString &nameEn,
               const QString &region)
{
    QSqlQuery query = Sql::run(
        database.connection(),
        QStringLiteral("SELECT p.id FROM places p LEFT JOIN places r ON r.id = p.parent_id "
                       "WHERE p.country_code = ? AND lower(p.name_en) = lower(?) AND "
                       "p.region_code IS NULL AND coalesce(%1, '') = ? ORDER BY p.id LIMIT 1")
            .arg(regionOf.arg(QStringLiteral("p"), QStringLiteral("r"))),
        {countryCode, nameEn, region});
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace HeldRecords
