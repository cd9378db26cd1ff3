// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/statisticsstore.h"

#include "app/storage/database.h"
#include "app/storage/exchangefactcounts.h"
#include "app/storage/filtersql.h"
#include "app/storage/officialcountstore.h"
#include "app/storage/sqlquery.h"

#include <QMap>

#include <algorithm>

namespace {
// Column names chosen here, never by the user.
QString splitColumn(StatisticsStore::Split split)
{
    return split == StatisticsStore::Split::Field ? QStringLiteral("field")
                                                  : QStringLiteral("mode");
}

const QString exchangeYear = QStringLiteral("coalesce(CAST(substr(e.date, 1, 4) AS INTEGER), 0)");
} // namespace

StatisticsStore::StatisticsStore(const Database &database)
    : m_database(database), m_db(database.connection())
{}

QList<OfficialCount> StatisticsStore::officialCounts() const
{
    return OfficialCountStore(m_database).all();
}

QList<YearCount> StatisticsStore::yearCounts(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query = Sql::run(m_db, sql, values);
    QList<YearCount> counts;
    while (query.next()) {
        counts.append(
            {query.value(0).toInt(), query.value(1).toString(), query.value(2).toLongLong()});
    }
    return counts;
}

QList<FilterChoice> StatisticsStore::keyCounts(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query = Sql::run(m_db, sql, values);
    QList<FilterChoice> counts;
    while (query.next()) {
        counts.append({query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toLongLong()});
    }
    return counts;
}

namespace {
ExchangeFacts::Split factSplit(StatisticsStore::Split split)
{
    return split == StatisticsStore::Split::Field ? ExchangeFacts::Split::Field
                                                  : ExchangeFacts::Split::Mode;
}
} // namespace

QList<YearCount> StatisticsStore::exchangesByYear(const Filter &filter, Split split) const
{
    // What the tally cannot answer is counted from the facts held in memory, when they can be.
    if (!FilterSql::answeredByTally(filter)) {
        if (const auto counts = ExchangeFactCounts::byYear(m_database, filter, factSplit(split))) {
            QList<YearCount> years;
            for (const ExchangeFacts::Count &count : *counts)
                years.append({count.year, count.part, count.exchanges});
            return years;
        }
    }
    QVariantList values;
    const QString counts = exchangeCounts(filter, true, split, &values);
    return yearCounts(
        QStringLiteral("SELECT year, part, n FROM (%1) AS counted ORDER BY year, part").arg(counts),
        values);
}

QList<YearCount> StatisticsStore::exchangesOfPairingByYear(qint64 pairingId, Split split) const
{
    return yearCounts(QStringLiteral("SELECT %1 AS year, e.%2, count(*) FROM exchange_pairings ep "
                                     "JOIN exchanges e ON e.id = ep.exchange_id WHERE "
                                     "ep.pairing_id = ? GROUP BY year, e.%2 ORDER BY year, e.%2")
                          .arg(exchangeYear, splitColumn(split)),
                      {pairingId});
}

QList<YearCount> StatisticsStore::pairingsByYear(const Filter &filter) const
{
    // Grouped by the very expression migration 005 indexes, so the index answers alone.
    const SqlCondition c = FilterSql::forPairings(filter);
    return yearCounts(QStringLiteral("SELECT coalesce(CAST(y AS INTEGER), 0), '', n FROM "
                                     "(SELECT substr(p.established, 1, 4) AS y, count(*) AS n "
                                     "FROM pairings p %1 GROUP BY substr(p.established, 1, 4)) "
                                     "AS years ORDER BY 1")
                          .arg(c.where()),
                      c.values);
}

QList<YearCount> StatisticsStore::pairingByYear(qint64 pairingId) const
{
    return yearCounts(QStringLiteral("SELECT coalesce(CAST(substr(established, 1, 4) AS "
                                     "INTEGER), 0), '', 1 FROM pairings WHERE id = ?"),
                      {pairingId});
}

QList<FilterChoice> StatisticsStore::pairingsByRegion(const Filter &filter,
                                                      const QString &country) const
{
    // A place counts for its own province or state or, being one, for itself.
    const QString placeColumn = country == QLatin1String("CN") ? QStringLiteral("chinese_place_id")
                                                               : QStringLiteral("us_place_id");
    const SqlCondition c = FilterSql::forPairings(filter);
    return keyCounts(
        QStringLiteral("SELECT coalesce(r.region_code, ''), min(r.name_en), min(r.name_zh), "
                       "count(*) FROM pairings p JOIN places c ON c.id = p.%1 LEFT JOIN places r "
                       "ON r.region_code IS NOT NULL AND r.id = CASE WHEN c.region_code IS NOT "
                       "NULL THEN c.id ELSE c.parent_id END %2 GROUP BY r.region_code "
                       "ORDER BY count(*) DESC, min(r.name_en)")
            .arg(placeColumn, c.where()),
        c.values);
}

QList<FilterChoice> StatisticsStore::exchangesBy(const Filter &filter, Split split) const
{
    if (!FilterSql::answeredByTally(filter)) {
        if (const auto counts = ExchangeFactCounts::byYear(m_database, filter, factSplit(split))) {
            QMap<QString, qint64> parts;
            for (const ExchangeFacts::Count &count : *counts)
                parts[count.part] += count.exchanges;
            QList<FilterChoice> choices;
            for (auto part = parts.cbegin(); part != parts.cend(); ++part)
                choices.append({part.key(), QString(), QString(), part.value()});
            // Most first, then by name, as the database orders them.
            std::stable_sort(
                choices.begin(), choices.end(),
                [](const FilterChoice &a, const FilterChoice &b) { return a.count > b.count; });
            return choices;
        }
    }
    QVariantList values;
    const QString counts = exchangeCounts(filter, false, split, &values);
    return keyCounts(
        QStringLiteral("SELECT part, '', '', n FROM (%1) AS counted ORDER BY n DESC, part")
            .arg(counts),
        values);
}

// The exchanges the filter keeps, counted per field or mode (column part) and, if byYear, per
// year (column year, 0 when unknown), in column n: from the tally when it can answer, else
// from the exchanges themselves.
QString StatisticsStore::exchangeCounts(const Filter &filter, bool byYear, Split split,
                                        QVariantList *values)
{
    const QString column = splitColumn(split);
    const QString grouping = byYear ? QStringLiteral("part, year") : QStringLiteral("part");
    if (FilterSql::answeredByTally(filter)) {
        const SqlCondition c = FilterSql::forTally(filter);
        *values = c.values;
        QString groups = QStringLiteral("t.%1 AS part").arg(column);
        if (byYear)
            groups += QStringLiteral(", t.year AS year");
        return QStringLiteral("SELECT %1, sum(t.exchanges) AS n FROM exchange_tally t %2 "
                              "GROUP BY %3")
            .arg(groups, c.where(), grouping);
    }
    // The exchanges as one list: each once, with its part and year.
    QString exchanges;
    const QString columns =
        QStringLiteral("e.id, e.%1 AS part, %2 AS year").arg(column, exchangeYear);
    Filter otherThanHasExchanges = filter;
    otherThanHasExchanges.hasExchanges = Filter::HasExchanges::Any;
    // "With exchanges" alone keeps most exchanges: checking each for a link beats collecting
    // them all first.
    if (otherThanHasExchanges.hasPairingCriteria() && filter.search.trimmed().isEmpty()) {
        // Criteria on pairings: collect the exchanges of the pairings they keep (each once,
        // even when several of its pairings match), then read those in the order of their
        // ids, rather than checking every exchange for a matching pairing.
        const SqlCondition onPairings = FilterSql::pairingCriteria(filter, QStringLiteral("q"));
        SqlCondition c = FilterSql::exchangeCriteria(filter, QStringLiteral("e"));
        c.clauses.prepend(QStringLiteral("e.id IN (SELECT ep.exchange_id FROM pairings q CROSS "
                                         "JOIN exchange_pairings ep ON ep.pairing_id = q.id "
                                         "WHERE %1)")
                              .arg(onPairings.conjunction()));
        *values = onPairings.values + c.values;
        exchanges = QStringLiteral("SELECT %1 FROM exchanges e %2").arg(columns, c.where());
    } else {
        const SqlCondition c = FilterSql::forExchanges(filter);
        *values = c.values;
        exchanges = QStringLiteral("SELECT %1 FROM exchanges e %2").arg(columns, c.where());
    }
    return QStringLiteral("SELECT part%1, count(*) AS n FROM (%2) AS parts GROUP BY %3")
        .arg(byYear ? QStringLiteral(", year") : QString(), exchanges, grouping);
}
