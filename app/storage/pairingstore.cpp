// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/pairingstore.h"

#include "app/storage/conflicterror.h"
#include "app/storage/database.h"
#include "app/storage/filtersql.h"
#include "app/storage/rowbatch.h"
#include "app/storage/sqlquery.h"

#include <QCoreApplication>

namespace {
// A province- or state-level place stands for itself in the province and state columns.
const QString provinceEn = QStringLiteral(
    "coalesce(cr.name_en, CASE WHEN cp.kind = 'province_state' THEN cp.name_en END)");
const QString provinceZh = QStringLiteral(
    "coalesce(cr.name_zh, CASE WHEN cp.kind = 'province_state' THEN cp.name_zh END)");
const QString stateName = QStringLiteral(
    "coalesce(ur.name_en, CASE WHEN up.kind = 'province_state' THEN up.name_en END)");
const QString stateNameZh = QStringLiteral(
    "coalesce(ur.name_zh, CASE WHEN up.kind = 'province_state' THEN up.name_zh END)");
const QString stateCode = QStringLiteral(
    "coalesce(ur.region_code, CASE WHEN up.kind = 'province_state' THEN up.region_code END)");

// The ORDER BY expression of each sort key: fixed text, never anything a user typed.
QString sortExpression(PairingStore::SortKey key)
{
    switch (key) {
    case PairingStore::SortKey::ChinesePlace:
        return QStringLiteral("lower(cp.name_en)");
    case PairingStore::SortKey::Province:
        return QStringLiteral("lower(%1)").arg(provinceEn);
    case PairingStore::SortKey::UsPlace:
        return QStringLiteral("lower(up.name_en)");
    case PairingStore::SortKey::State:
        return QStringLiteral("lower(%1)").arg(stateName);
    case PairingStore::SortKey::Level:
        return QStringLiteral("p.level");
    case PairingStore::SortKey::Relation:
        return QStringLiteral("p.relation");
    case PairingStore::SortKey::Established:
        return QStringLiteral("p.established");
    }
    return QStringLiteral("p.id");
}
// What an insert writes; the row version starts at the table's default.
const QStringList insertedColumns = {
    QStringLiteral("id"),          QStringLiteral("chinese_place_id"),
    QStringLiteral("us_place_id"), QStringLiteral("relation"),
    QStringLiteral("level"),       QStringLiteral("established"),
    QStringLiteral("status"),      QStringLiteral("notes"),
    QStringLiteral("origin")};

QVariantList insertedValues(const Pairing &pairing)
{
    return {Sql::nullIfZero(pairing.id),
            pairing.chinesePlaceId,
            pairing.usPlaceId,
            pairing.relation,
            pairing.level,
            Sql::nullIfEmpty(pairing.established.toIso()),
            Sql::nullIfEmpty(pairing.status),
            Sql::nullIfEmpty(pairing.notes),
            Sql::nullIfEmpty(pairing.origin)};
}
} // namespace

PairingStore::PairingStore(const Database &database) : m_db(database.connection()) {}

qint64 PairingStore::insert(const Pairing &pairing)
{
    return RowBatch::insertOne(m_db, QStringLiteral("pairings"), insertedColumns,
                               insertedValues(pairing));
}

void PairingStore::insert(const QList<Pairing> &pairings, const RowBatch::Watch &watch)
{
    RowBatch::of(QStringLiteral("pairings"), insertedColumns, pairings, insertedValues)
        .insert(m_db, watch);
}

void PairingStore::update(const Pairing &pairing, int versionNow, int versionAfter)
{
    Sql::runOnRecordAsRead(
        m_db,
        QStringLiteral("UPDATE pairings SET chinese_place_id = ?, us_place_id = ?, relation = ?, "
                       "level = ?, established = ?, status = ?, notes = ?, row_version = ? "
                       "WHERE id = ? AND row_version = ?"),
        {pairing.chinesePlaceId, pairing.usPlaceId, pairing.relation, pairing.level,
         Sql::nullIfEmpty(pairing.established.toIso()), Sql::nullIfEmpty(pairing.status),
         Sql::nullIfEmpty(pairing.notes), versionAfter, pairing.id, versionNow},
        changedMeanwhile());
}

void PairingStore::remove(qint64 id, int version)
{
    Sql::runOnRecordAsRead(m_db,
                           QStringLiteral("DELETE FROM pairings WHERE id = ? AND row_version = ?"),
                           {id, version}, changedMeanwhile());
}

QString PairingStore::changedMeanwhile()
{
    return QCoreApplication::translate(
        "PairingStore", "This pairing was changed or removed elsewhere since it was read "
                        "(another window or another user). Refresh (F5) to see it as it is now, "
                        "then make the change again.");
}

qint64 PairingStore::between(qint64 chinesePlaceId, qint64 usPlaceId) const
{
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral("SELECT id FROM pairings WHERE chinese_place_id = ? AND us_place_id = ?"),
        {chinesePlaceId, usPlaceId});
    return query.next() ? query.value(0).toLongLong() : 0;
}

QList<PairingStore::PlacePair> PairingStore::placePairs() const
{
    QSqlQuery query = Sql::run(
        m_db, QStringLiteral("SELECT id, chinese_place_id, us_place_id FROM pairings"), {});
    QList<PlacePair> pairs;
    while (query.next()) {
        pairs.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                      query.value(2).toLongLong()});
    }
    return pairs;
}

qint64 PairingStore::count(const Filter &filter) const
{
    return countWhere(FilterSql::forPairings(filter));
}

qint64 PairingStore::countLeftOutForNoYear(const Filter &filter) const
{
    if (!filter.establishedFrom && !filter.establishedTo)
        return 0;
    Filter rest = filter;
    rest.establishedFrom = 0;
    rest.establishedTo = 0;
    SqlCondition condition = FilterSql::forPairings(rest);
    condition.add(QStringLiteral("p.established IS NULL"));
    return countWhere(condition);
}

qint64 PairingStore::countWhere(const SqlCondition &condition) const
{
    QSqlQuery query =
        Sql::prepare(m_db, QStringLiteral("SELECT count(*) FROM pairings p ") + condition.where());
    for (const QVariant &value : condition.values)
        query.addBindValue(value);
    return Sql::scalar(query).toLongLong();
}

QList<PairingListRow> PairingStore::list(const Filter &filter, SortKey key, Qt::SortOrder order,
                                         qint64 offset, int limit) const
{
    const SqlCondition condition = FilterSql::forPairings(filter);
    const QString expression = sortExpression(key);
    const QString direction =
        order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // Sorted by a place's name over most of the pairings, the list walks that place's name
    // index and joins each place's pairings: the first screen comes without sorting every
    // pairing (CROSS JOIN keeps that order in SQLite, and means JOIN elsewhere). When the
    // pairings' own criteria or a search narrow the list, sorting the few they keep is quicker.
    Filter pairingCriteria = filter;
    pairingCriteria.hasExchanges = Filter::HasExchanges::Any;
    const bool broad = !pairingCriteria.hasPairingCriteria() && filter.search.trimmed().isEmpty();
    QString from;
    QString orderBy;
    if (broad && (key == SortKey::ChinesePlace || key == SortKey::UsPlace)) {
        const bool chinese = key == SortKey::ChinesePlace;
        const QString walked = chinese ? QStringLiteral("cp") : QStringLiteral("up");
        const QString joined = chinese ? QStringLiteral("up") : QStringLiteral("cp");
        from =
            QStringLiteral("places %1 CROSS JOIN pairings p ON p.%2 = %1.id "
                           "JOIN places %3 ON %3.id = p.%4")
                .arg(walked,
                     chinese ? QStringLiteral("chinese_place_id") : QStringLiteral("us_place_id"),
                     joined,
                     chinese ? QStringLiteral("us_place_id") : QStringLiteral("chinese_place_id"));
        orderBy = QStringLiteral("%1 %2, %3.id %2, p.id %2").arg(expression, direction, walked);
    } else {
        from = QStringLiteral("pairings p JOIN places cp ON cp.id = p.chinese_place_id "
                              "JOIN places up ON up.id = p.us_place_id");
        orderBy = QStringLiteral("(%1) IS NULL, %1 %2, p.id %2").arg(expression, direction);
    }
    const QString sql =
        QStringLiteral("SELECT p.id, cp.name_en, cp.name_zh, %1, %2, up.name_en, %3, %4, p.level, "
                       "p.relation, p.established, up.name_zh, %8 FROM %5 "
                       "LEFT JOIN places cr ON cr.id = cp.parent_id "
                       "LEFT JOIN places ur ON ur.id = up.parent_id %6 "
                       "ORDER BY %7 LIMIT ? OFFSET ?")
            .arg(provinceEn, provinceZh, stateName, stateCode, from, condition.where(), orderBy,
                 stateNameZh);
    QSqlQuery query = Sql::prepare(m_db, sql);
    for (const QVariant &value : condition.values)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    Sql::exec(query);
    QList<PairingListRow> rows;
    while (query.next()) {
        PairingListRow row;
        row.id = query.value(0).toLongLong();
        row.chineseNameEn = query.value(1).toString();
        row.chineseNameZh = query.value(2).toString();
        row.provinceEn = query.value(3).toString();
        row.provinceZh = query.value(4).toString();
        row.usName = query.value(5).toString();
        row.stateName = query.value(6).toString();
        row.stateCode = query.value(7).toString();
        row.level = query.value(8).toString();
        row.relation = query.value(9).toString();
        row.established = PartialDate::fromIso(query.value(10).toString());
        row.usNameZh = query.value(11).toString();
        row.stateNameZh = query.value(12).toString();
        rows.append(row);
    }
    return rows;
}

std::optional<Pairing> PairingStore::byId(qint64 id) const
{
    QSqlQuery query = Sql::prepare(
        m_db, QStringLiteral("SELECT id, chinese_place_id, us_place_id, relation, level, "
                             "established, status, notes, row_version FROM pairings WHERE id = ?"));
    query.addBindValue(id);
    Sql::exec(query);
    if (!query.next())
        return std::nullopt;
    Pairing pairing;
    pairing.id = query.value(0).toLongLong();
    pairing.chinesePlaceId = query.value(1).toLongLong();
    pairing.usPlaceId = query.value(2).toLongLong();
    pairing.relation = query.value(3).toString();
    pairing.level = query.value(4).toString();
    pairing.established = PartialDate::fromIso(query.value(5).toString());
    pairing.status = query.value(6).toString();
    pairing.notes = query.value(7).toString();
    pairing.rowVersion = query.value(8).toInt();
    return pairing;
}
