// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/mapstore.h"

#include "app/storage/database.h"
#include "app/storage/filtersql.h"
#include "app/storage/sqlquery.h"

namespace MapStore {
namespace {
std::optional<QPointF> point(const QVariant &longitude, const QVariant &latitude)
{
    if (longitude.isNull() || latitude.isNull())
        return std::nullopt;
    return QPointF(longitude.toDouble(), latitude.toDouble());
}
} // namespace

QList<MapPairing> pairings(const Database &database, const Filter &filter)
{
    const SqlCondition condition = FilterSql::forPairings(filter);
    QSqlQuery query = Sql::prepare(
        database.connection(),
        QStringLiteral("SELECT p.id, p.level, p.established, c.id, c.name_en, c.name_zh, "
                       "c.longitude, c.latitude, u.id, u.name_en, u.longitude, u.latitude "
                       "FROM pairings p JOIN places c ON c.id = p.chinese_place_id "
                       "JOIN places u ON u.id = p.us_place_id %1 ORDER BY p.id")
            .arg(condition.where()));
    for (const QVariant &value : condition.values)
        query.addBindValue(value);
    Sql::exec(query);
    QList<MapPairing> result;
    while (query.next()) {
        MapPairing pairing;
        pairing.id = query.value(0).toLongLong();
        pairing.level = query.value(1).toString();
        pairing.established = query.value(2).toString();
        pairing.chinesePlaceId = query.value(3).toLongLong();
        pairing.chineseName = query.value(4).toString();
        pairing.chineseNameZh = query.value(5).toString();
        pairing.chinese = point(query.value(6), query.value(7));
        pairing.usPlaceId = query.value(8).toLongLong();
        pairing.usName = query.value(9).toString();
        pairing.us = point(query.value(10), query.value(11));
        result << pairing;
    }
    return result;
}

} // namespace MapStore
