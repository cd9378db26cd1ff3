// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/exportrows.h"

#include "app/storage/database.h"
#include "app/storage/filtersql.h"
#include "app/storage/sqlquery.h"

#include <QSqlRecord>

namespace ExportRows {
namespace {
void each(const Database &database, const QString &sql, const SqlCondition &condition,
          const std::function<bool(const QStringList &)> &row)
{
    QSqlQuery query = Sql::prepare(database.connection(), sql.arg(condition.where()));
    for (const QVariant &value : condition.values)
        query.addBindValue(value);
    Sql::exec(query);
    QStringList values;
    while (query.next()) {
        values.clear();
        const int columns = query.record().count();
        for (int column = 0; column < columns; ++column)
            values << query.value(column).toString();
        if (!row(values))
            return;
    }
}
} // namespace

QStringList pairingColumns()
{
    return {QStringLiteral("id"),          QStringLiteral("level"),
            QStringLiteral("relation"),    QStringLiteral("cn_name_en"),
            QStringLiteral("cn_name_zh"),  QStringLiteral("cn_province_en"),
            QStringLiteral("cn_lat"),      QStringLiteral("cn_lon"),
            QStringLiteral("us_name"),     QStringLiteral("us_state"),
            QStringLiteral("us_lat"),      QStringLiteral("us_lon"),
            QStringLiteral("established"), QStringLiteral("source_url"),
            QStringLiteral("note"),        QStringLiteral("status")};
}

QStringList exchangeColumns()
{
    return {QStringLiteral("id"),           QStringLiteral("date"),
            QStringLiteral("end_date"),     QStringLiteral("title"),
            QStringLiteral("field"),        QStringLiteral("mode"),
            QStringLiteral("location"),     QStringLiteral("description"),
            QStringLiteral("participants"), QStringLiteral("cn_name_en"),
            QStringLiteral("us_name"),      QStringLiteral("pairing_ids"),
            QStringLiteral("pairings"),     QStringLiteral("institutions"),
            QStringLiteral("source_url")};
}

void pairings(const Database &database, const Filter &filter,
              const std::function<bool(const QStringList &)> &row)
{
    // A province or state stands for itself in the province and state columns, as in the
    // lists; the state is given by its postal code, as in the shipped file.
    const QString sql = QStringLiteral(
        "SELECT p.id, p.level, p.relation, cp.name_en, cp.name_zh, "
        "coalesce(cr.name_en, CASE WHEN cp.kind = 'province_state' THEN cp.name_en END), "
        "cp.latitude, cp.longitude, up.name_en, "
        "substr(coalesce(ur.region_code, CASE WHEN up.kind = 'province_state' "
        "THEN up.region_code END), 4), up.latitude, up.longitude, p.established, "
        "(SELECT group_concat(url, ' ') FROM (SELECT s.url FROM pairing_sources ps JOIN sources s "
        "ON s.id = ps.source_id WHERE ps.pairing_id = p.id AND s.url IS NOT NULL ORDER BY s.id) AS "
        "listed), "
        "p.notes, p.status "
        "FROM pairings p JOIN places cp ON cp.id = p.chinese_place_id "
        "JOIN places up ON up.id = p.us_place_id "
        "LEFT JOIN places cr ON cr.id = cp.parent_id LEFT JOIN places ur ON ur.id = up.parent_id "
        "%1 ORDER BY p.id");
    each(database, sql, FilterSql::forPairings(filter), row);
}

void exchanges(const Database &database, const Filter &filter,
               const std::function<bool(const QStringList &)> &row)
{
    const QString sql = QStringLiteral(
        "SELECT e.id, e.date, e.end_date, e.title, e.field, e.mode, e.location, e.description, "
        "e.participants, "
        "(SELECT group_concat(name_en, '; ') FROM (SELECT pl.name_en FROM exchange_places xp "
        "JOIN places pl ON pl.id = xp.place_id WHERE xp.exchange_id = e.id "
        "AND pl.country_code = 'CN' ORDER BY pl.id) AS listed), "
        "(SELECT group_concat(name_en, '; ') FROM (SELECT pl.name_en FROM exchange_places xp "
        "JOIN places pl ON pl.id = xp.place_id WHERE xp.exchange_id = e.id "
        "AND pl.country_code = 'US' ORDER BY pl.id) AS listed), "
        "(SELECT group_concat(CAST(pairing_id AS TEXT), ' ') FROM (SELECT pairing_id FROM "
        "exchange_pairings "
        "WHERE exchange_id = e.id ORDER BY pairing_id) AS listed), "
        "(SELECT group_concat(name, '; ') FROM (SELECT c.name_en || ' – ' || u.name_en AS name "
        "FROM exchange_pairings ep JOIN pairings p ON p.id = ep.pairing_id "
        "JOIN places c ON c.id = p.chinese_place_id JOIN places u ON u.id = p.us_place_id "
        "WHERE ep.exchange_id = e.id ORDER BY ep.pairing_id) AS listed), "
        "(SELECT group_concat(name_en, '; ') FROM (SELECT i.name_en FROM exchange_institutions ei "
        "JOIN institutions i ON i.id = ei.institution_id WHERE ei.exchange_id = e.id "
        "ORDER BY i.id) AS listed), "
        "(SELECT group_concat(url, ' ') FROM (SELECT s.url FROM exchange_sources es "
        "JOIN sources s ON s.id = es.source_id WHERE es.exchange_id = e.id AND s.url IS NOT NULL "
        "ORDER BY s.id) AS listed) "
        "FROM exchanges e %1 ORDER BY e.id");
    each(database, sql, FilterSql::forExchanges(filter), row);
}

} // namespace ExportRows
