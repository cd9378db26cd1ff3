// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/exchangestore.h"

#include "app/storage/database.h"
#include "app/storage/sqlquery.h"

ExchangeStore::ExchangeStore(const Database &database) : m_db(database.connection()) {}

qint64 ExchangeStore::insert(const Exchange &exchange)
{
    QSqlQuery query = Sql::prepare(
        m_db, QStringLiteral("INSERT INTO exchanges (date, end_date, title, field, mode, "
                             "location, description, participants) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(Sql::nullIfEmpty(exchange.date.toIso()));
    query.addBindValue(Sql::nullIfEmpty(exchange.endDate.toIso()));
    query.addBindValue(exchange.title);
    query.addBindValue(exchange.field);
    query.addBindValue(exchange.mode);
    query.addBindValue(Sql::nullIfEmpty(exchange.location));
    query.addBindValue(Sql::nullIfEmpty(exchange.description));
    query.addBindValue(Sql::nullIfEmpty(exchange.participants));
    Sql::exec(query);
    return query.lastInsertId().toLongLong();
}

void ExchangeStore::linkPairing(qint64 exchangeId, qint64 pairingId)
{
    Sql::run(
        m_db,
        QStringLiteral("INSERT INTO exchange_pairings (exchange_id, pairing_id) VALUES (?, ?)"),
        {exchangeId, pairingId});
}

void ExchangeStore::linkPlace(qint64 exchangeId, qint64 placeId)
{
    Sql::run(m_db,
             QStringLiteral("INSERT INTO exchange_places (exchange_id, place_id) VALUES (?, ?)"),
             {exchangeId, placeId});
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

qint64 ExchangeStore::count() const
{
    QSqlQuery query = Sql::prepare(m_db, QStringLiteral("SELECT count(*) FROM exchanges"));
    return Sql::scalar(query).toLongLong();
}
