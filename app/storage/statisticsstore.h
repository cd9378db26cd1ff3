// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filter.h"
#include "app/domain/filterchoices.h"
#include "app/domain/officialcount.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

class Database;

// How many records fall in one year, and in one field or mode of that year (key). Year 0 holds
// the records whose year is not known: they are counted, never placed on a year.
struct YearCount
{
    int year = 0;
    QString key;
    qint64 count = 0;

    friend bool operator==(const YearCount &a, const YearCount &b)
    {
        return a.year == b.year && a.key == b.key && a.count == b.count;
    }
};

// Counts what the charts show, grouped in the database (GROUP BY year, field ...) under the same
// filter as the lists. The whole record, or one field, mode or span of years, is answered from
// the tally the schema keeps (migration 005); other filters count the matching rows.
class StatisticsStore
{
public:
    enum class Split { Field, Mode };

    explicit StatisticsStore(const Database &database);

    // All throw StorageError. Rows come ordered by year, then key.
    QList<YearCount> exchangesByYear(const Filter &filter, Split split) const;
    QList<YearCount> exchangesOfPairingByYear(qint64 pairingId, Split split) const;
    // The key is empty: pairings are counted by the year they were established.
    QList<YearCount> pairingsByYear(const Filter &filter) const;
    QList<YearCount> pairingByYear(qint64 pairingId) const;

    // Pairings per Chinese province ("CN") or US state ("US"), most first; a pairing whose place
    // has no recorded province or state counts under an empty key.
    QList<FilterChoice> pairingsByRegion(const Filter &filter, const QString &country) const;
    // Exchanges per field or mode, most first.
    QList<FilterChoice> exchangesBy(const Filter &filter, Split split) const;
    // The official totals, oldest first, that the timeline sets beside its running total.
    QList<OfficialCount> officialCounts() const;

private:
    static QString exchangeCounts(const Filter &filter, bool byYear, Split split,
                                  QVariantList *values);
    QList<YearCount> yearCounts(const QString &sql, const QVariantList &values) const;
    QList<FilterChoice> keyCounts(const QString &sql, const QVariantList &values) const;
    const Database &m_database;
    QSqlDatabase m_db;
};
