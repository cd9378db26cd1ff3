// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/filterchoicestore.h"

#include "app/domain/completeness.h"
#include "app/domain/filter.h"
#include "app/storage/database.h"
#include "app/storage/filtersql.h"
#include "app/storage/sqlquery.h"

#include <utility>

namespace {
std::pair<int, int> yearSpan(QSqlQuery &query)
{
    Sql::exec(query);
    if (!query.next() || query.value(0).isNull())
        return {0, 0};
    return {query.value(0).toString().left(4).toInt(), query.value(1).toString().left(4).toInt()};
}
} // namespace

FilterChoiceStore::FilterChoiceStore(const Database &database) : m_db(database.connection()) {}

QList<FilterChoice> FilterChoiceStore::counted(const QString &sql) const
{
    QSqlQuery query = Sql::prepare(m_db, sql);
    Sql::exec(query);
    QList<FilterChoice> choices;
    while (query.next()) {
        FilterChoice choice;
        choice.key = query.value(0).toString();
        choice.count = query.value(1).toLongLong();
        choices.append(choice);
    }
    return choices;
}

// Pairings per province (or state): a place counts for its own province or, being one, itself.
QList<FilterChoice> FilterChoiceStore::regions(const QString &country,
                                               const QString &placeColumn) const
{
    QSqlQuery query = Sql::prepare(
        m_db, QStringLiteral(
                  "SELECT r.region_code, r.name_en, r.name_zh, count(x.pairing_id) FROM places r "
                  "LEFT JOIN (SELECT p.id AS pairing_id, CASE WHEN c.region_code IS NOT NULL "
                  "THEN c.id ELSE c.parent_id END AS region_id FROM pairings p "
                  "JOIN places c ON c.id = p.%1) x ON x.region_id = r.id "
                  "WHERE r.country_code = ? AND r.region_code IS NOT NULL "
                  "GROUP BY r.id, r.region_code, r.name_en, r.name_zh ORDER BY r.name_en")
                  .arg(placeColumn));
    query.addBindValue(country);
    Sql::exec(query);
    QList<FilterChoice> choices;
    while (query.next()) {
        choices.append({query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toLongLong()});
    }
    return choices;
}

// Pairings per gap in their records, in one pass over the pairings, each counted by the very
// condition that the gap's filter applies, so that a count and the list it leads to agree.
QList<FilterChoice> FilterChoiceStore::gaps() const
{
    const QStringList keys = Completeness::gapKeys();
    QStringList sums;
    QVariantList values;
    for (const QString &key : keys) {
        Filter filter;
        filter.gap = key;
        const SqlCondition c = FilterSql::pairingCriteria(filter, QStringLiteral("p"));
        sums << QStringLiteral("sum(CASE WHEN %1 THEN 1 ELSE 0 END)").arg(c.conjunction());
        values << c.values;
    }
    QSqlQuery query = Sql::run(
        m_db, QStringLiteral("SELECT %1 FROM pairings p").arg(sums.join(QStringLiteral(", "))),
        values);
    query.next(); // one row, whose sums are NULL (0) when there are no pairings
    QList<FilterChoice> choices;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        FilterChoice choice;
        choice.key = keys.at(i);
        choice.count = query.value(int(i)).toLongLong();
        choices.append(choice);
    }
    return choices;
}

FilterChoices FilterChoiceStore::read() const
{
    FilterChoices choices;
    choices.levels = counted(
        QStringLiteral("SELECT level, count(*) FROM pairings GROUP BY level ORDER BY level"));
    choices.relations = counted(QStringLiteral(
        "SELECT relation, count(*) FROM pairings GROUP BY relation ORDER BY relation"));
    choices.statuses = counted(QStringLiteral("SELECT coalesce(status, '%1'), count(*) FROM "
                                              "pairings GROUP BY status ORDER BY status")
                                   .arg(Filter::unknownStatus()));
    choices.provinces = regions(QStringLiteral("CN"), QStringLiteral("chinese_place_id"));
    choices.states = regions(QStringLiteral("US"), QStringLiteral("us_place_id"));
    choices.gaps = gaps();
    choices.fields = counted(
        QStringLiteral("SELECT field, count(*) FROM exchanges GROUP BY field ORDER BY field"));
    choices.modes =
        counted(QStringLiteral("SELECT mode, count(*) FROM exchanges GROUP BY mode ORDER BY mode"));
    QSqlQuery established = Sql::prepare(
        m_db, QStringLiteral("SELECT min(established), max(established) FROM pairings"));
    std::tie(choices.firstEstablished, choices.lastEstablished) = yearSpan(established);
    QSqlQuery exchanged =
        Sql::prepare(m_db, QStringLiteral("SELECT min(date), max(date) FROM exchanges"));
    std::tie(choices.firstExchange, choices.lastExchange) = yearSpan(exchanged);
    return choices;
}
