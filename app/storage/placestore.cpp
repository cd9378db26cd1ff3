// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/placestore.h"

#include "app/storage/conflicterror.h"
#include "app/storage/database.h"
#include "app/storage/rowbatch.h"
#include "app/storage/rowversions.h"
#include "app/storage/sqlquery.h"

#include <QCoreApplication>

namespace {
const QString placeColumns =
    QStringLiteral("id, name_en, name_zh, pinyin, kind, country_code, region_code, parent_id, "
                   "latitude, longitude, row_version");

Place placeFrom(const QSqlQuery &query)
{
    Place place;
    place.id = query.value(0).toLongLong();
    place.nameEn = query.value(1).toString();
    place.nameZh = query.value(2).toString();
    place.pinyin = query.value(3).toString();
    place.kind = query.value(4).toString();
    place.countryCode = query.value(5).toString();
    place.regionCode = query.value(6).toString();
    place.parentId = query.value(7).toLongLong();
    place.latitude = Sql::optionalDouble(query.value(8));
    place.longitude = Sql::optionalDouble(query.value(9));
    place.rowVersion = query.value(10).toInt();
    return place;
}

// What an insert writes; the row version starts at the table's default.
const QStringList insertedColumns = {QStringLiteral("id"),          QStringLiteral("name_en"),
                                     QStringLiteral("name_zh"),     QStringLiteral("pinyin"),
                                     QStringLiteral("kind"),        QStringLiteral("country_code"),
                                     QStringLiteral("region_code"), QStringLiteral("parent_id"),
                                     QStringLiteral("latitude"),    QStringLiteral("longitude")};

QVariantList insertedValues(const Place &place)
{
    return {Sql::nullIfZero(place.id),          place.nameEn,
            Sql::nullIfEmpty(place.nameZh),     Sql::nullIfEmpty(place.pinyin),
            Sql::nullIfEmpty(place.kind),       place.countryCode,
            Sql::nullIfEmpty(place.regionCode), Sql::nullIfZero(place.parentId),
            Sql::nullIfUnset(place.latitude),   Sql::nullIfUnset(place.longitude)};
}

std::optional<Place> firstPlace(QSqlQuery &query)
{
    Sql::exec(query);
    if (!query.next())
        return std::nullopt;
    return placeFrom(query);
}
} // namespace

PlaceStore::PlaceStore(const Database &database) : m_db(database.connection()) {}

qint64 PlaceStore::insert(const Place &place)
{
    return RowBatch::insertOne(m_db, QStringLiteral("places"), insertedColumns,
                               insertedValues(place));
}

void PlaceStore::insert(const QList<Place> &places, const RowBatch::Watch &watch)
{
    RowBatch::of(QStringLiteral("places"), insertedColumns, places, insertedValues)
        .insert(m_db, watch);
}

void PlaceStore::update(const Place &place, int versionNow, int versionAfter)
{
    Sql::runOnRecordAsRead(
        m_db,
        QStringLiteral("UPDATE places SET name_en = ?, name_zh = ?, pinyin = ?, kind = ?, "
                       "parent_id = ?, latitude = ?, longitude = ?, row_version = ? WHERE id = ? "
                       "AND row_version = ?"),
        {place.nameEn, Sql::nullIfEmpty(place.nameZh), Sql::nullIfEmpty(place.pinyin),
         Sql::nullIfEmpty(place.kind), Sql::nullIfZero(place.parentId),
         Sql::nullIfUnset(place.latitude), Sql::nullIfUnset(place.longitude), versionAfter,
         place.id, versionNow},
        QCoreApplication::translate("PlaceStore",
                                    "This place was changed or removed elsewhere since it was "
                                    "read. Refresh (F5) to see it as it is now, then make the "
                                    "change again."));
}

std::optional<Place> PlaceStore::byId(qint64 id) const
{
    QSqlQuery query =
        Sql::prepare(m_db, QStringLiteral("SELECT %1 FROM places WHERE id = ?").arg(placeColumns));
    query.addBindValue(id);
    return firstPlace(query);
}

std::optional<Place> PlaceStore::byRegionCode(const QString &regionCode) const
{
    QSqlQuery query = Sql::prepare(
        m_db, QStringLiteral("SELECT %1 FROM places WHERE region_code = ?").arg(placeColumns));
    query.addBindValue(regionCode);
    return firstPlace(query);
}

QList<Place> PlaceStore::inCountry(const QString &countryCode) const
{
    QSqlQuery query = Sql::run(m_db,
                               QStringLiteral("SELECT %1 FROM places WHERE country_code = ? "
                                              "ORDER BY lower(name_en), id")
                                   .arg(placeColumns),
                               {countryCode});
    QList<Place> places;
    while (query.next())
        places.append(placeFrom(query));
    return places;
}

qint64 PlaceStore::sameName(const Place &place) const
{
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral("SELECT id FROM places WHERE country_code = ? AND "
                       "coalesce(parent_id, 0) = ? AND lower(name_en) = lower(?) AND id <> ?"),
        {place.countryCode, place.parentId, place.nameEn.trimmed(), place.id});
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 PlaceStore::count() const
{
    QSqlQuery query = Sql::prepare(m_db, QStringLiteral("SELECT count(*) FROM places"));
    return Sql::scalar(query).toLongLong();
}
