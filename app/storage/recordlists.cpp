// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/recordlists.h"

#include "app/storage/database.h"
#include "app/storage/sqlquery.h"

#include <QSqlRecord>

namespace RecordLists {
namespace {
QString sqlOf(List list)
{
    switch (list) {
    case List::Places:
        // Name, Chinese name, kind, country, province or state, latitude, longitude, pairings.
        return QStringLiteral(
            "SELECT p.id, p.name_en, p.name_zh, p.kind, p.country_code, r.name_en, p.latitude, "
            "p.longitude, (SELECT count(*) FROM pairings WHERE chinese_place_id = p.id OR "
            "us_place_id = p.id) FROM places p LEFT JOIN places r ON r.id = p.parent_id "
            "ORDER BY lower(p.name_en), p.id");
    case List::Institutions:
        // Name, Chinese name, kind, place, web address, exchanges.
        return QStringLiteral(
            "SELECT i.id, i.name_en, i.name_zh, i.kind, p.name_en, i.url, (SELECT count(*) FROM "
            "exchange_institutions WHERE institution_id = i.id) FROM institutions i "
            "LEFT JOIN places p ON p.id = i.place_id ORDER BY lower(i.name_en), i.id");
    case List::Sources:
        // Title, publisher, web address, pairings and exchanges citing it.
        return QStringLiteral(
            "SELECT s.id, s.title, s.publisher, s.url, (SELECT count(*) FROM pairing_sources "
            "WHERE source_id = s.id) + (SELECT count(*) FROM exchange_sources WHERE "
            "source_id = s.id) FROM sources s ORDER BY lower(coalesce(s.title, s.url)), s.id");
    case List::Pairings:
        // The two places' names.
        return QStringLiteral(
            "SELECT p.id, c.name_en, u.name_en FROM pairings p "
            "JOIN places c ON c.id = p.chinese_place_id JOIN places u ON u.id = p.us_place_id "
            "ORDER BY lower(c.name_en), lower(u.name_en), p.id");
    case List::OfficialCounts:
        // Date (ISO, partial), total, province/state pairs, city pairs, web address, notes.
        return QStringLiteral("SELECT id, date, total, province_state, city, source_url, notes "
                              "FROM official_counts ORDER BY date, id");
    }
    return {};
}
} // namespace

QList<Row> read(const Database &database, List list)
{
    QSqlQuery query = Sql::run(database.connection(), sqlOf(list), {});
    QList<Row> rows;
    while (query.next()) {
        Row row;
        row.id = query.value(0).toLongLong();
        for (int column = 1; column < query.record().count(); ++column)
            row.columns << query.value(column).toString();
        rows.append(row);
    }
    return rows;
}

} // namespace RecordLists
