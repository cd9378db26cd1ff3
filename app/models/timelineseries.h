// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filter.h"
#include "app/storage/statisticsstore.h"

#include <QAbstractTableModel>
#include <QStringList>

class Database;
class StatisticsCounter;

// The timeline the chart draws: one row per year, with no year missing, from 1979 (or an
// earlier record) to the current year (or a later record); one column per exchange field (or
// mode) that has exchanges, then the pairings established that year and the pairings with a
// known year established up to that year. It counts what the filter keeps or, when a pairing is
// chosen, that pairing's exchanges. Records of unknown year are counted apart and never put on
// a year. Beside the running total it carries the official totals, when it counts the whole
// record. Column headers carry the key under Roles::KeyRole; rows carry the year there.
class TimelineSeries : public QAbstractTableModel
{
    Q_OBJECT
public:
    using Split = StatisticsStore::Split;
    static constexpr int firstYearShown = 1979; // Nanjing-St. Louis, Hubei-Ohio

    // An official total set beside the running total: its date and number, its label ("284
    // (official, Apr 2022)": the date as precise as it is known, in the user's locale), and where
    // it falls on the rows: its year's row plus how far into that year the date lies, from -0.5
    // (the year's first day) to 0.5 (its last); a year alone stands at the middle.
    struct OfficialMark
    {
        PartialDate date;
        int total = 0;
        QString label;
        qreal position = 0;
    };

    explicit TimelineSeries(const Database &database, QObject *parent = nullptr);
    // Counting in the background from the first count (the counter outlives the model).
    TimelineSeries(const Database &database, StatisticsCounter *counter, QObject *parent = nullptr);

    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    // 0: the records the filter keeps.
    void setPairing(qint64 pairingId);
    qint64 pairing() const { return m_pairingId; }
    void setSplit(Split split);
    Split split() const { return m_split; }
    // Limits the years shown (0 for either end: as far as the records go). Records outside
    // are counted as left out.
    void setYearSpan(int from, int to);
    // Counts in the background from now on (the counter outlives the model).
    void setCounter(StatisticsCounter *counter);
    // Counts again; with a counter the model resets when the answer comes.
    void refresh();
    bool isCounting() const { return m_counting; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    int yearOfRow(int row) const { return m_firstYear + row; }
    // Columns: the categories (fields or modes), then these two.
    int categoryCount() const { return int(m_categories.size()); }
    int establishedColumn() const { return categoryCount(); }
    int cumulativeColumn() const { return categoryCount() + 1; }
    QString categoryKey(int column) const { return m_categories.value(column); }

    qint64 exchangesShown() const { return m_exchangesShown; }
    qint64 pairingsShown() const { return m_pairingsShown; }
    qint64 exchangesOfUnknownYear() const { return m_unknownExchanges; }
    qint64 pairingsOfUnknownYear() const { return m_unknownPairings; }
    qint64 exchangesOutsideYears() const { return m_outsideExchanges; }
    qint64 pairingsOutsideYears() const { return m_outsidePairings; }
    QString lastError() const { return m_lastError; }

    // The official totals in the years shown, oldest first; none unless the timeline counts the
    // whole record (no filter, no pairing): a national total drawn beside a part of the record
    // would make the part look like a shortfall.
    const QList<OfficialMark> &officialMarks() const { return m_officialMarks; }
    // How many official totals are left out because the filters keep a part of the record (none
    // for one pairing, whose chart is plainly not the whole record).
    int officialTotalsFilteredOut() const { return m_officialFilteredOut; }
    // What the legends call the official totals, and their key among the series' keys.
    static QString officialTotalsName();
    static QString officialKey() { return QStringLiteral("official"); }

signals:
    void errorOccurred(const QString &message);
    void countingStarted();

private:
    // What one count read: the counts by year, and the official totals unless a pairing is
    // counted.
    struct Counts
    {
        QList<YearCount> exchanges;
        QList<YearCount> pairings;
        QList<OfficialCount> official;
        bool wholeRecord = false; // no filter and no pairing
    };
    void take(const Counts &counts, const QString &error);
    void load(const Counts &counts);
    void placeOfficialTotals(const Counts &counts);
    static QString officialLabel(const OfficialCount &count);
    QStringList categoryOrder() const;

    StatisticsStore m_store;
    StatisticsCounter *m_counter = nullptr;
    bool m_counting = false;
    Filter m_filter;
    qint64 m_pairingId = 0;
    Split m_split = Split::Field;
    int m_spanFrom = 0;
    int m_spanTo = 0;

    int m_firstYear = firstYearShown;
    int m_lastYear = firstYearShown;
    QStringList m_categories;
    QList<QList<qint64>> m_counts; // [row][column], columns as above
    qint64 m_exchangesShown = 0;
    qint64 m_pairingsShown = 0;
    qint64 m_unknownExchanges = 0;
    qint64 m_unknownPairings = 0;
    qint64 m_outsideExchanges = 0;
    qint64 m_outsidePairings = 0;
    QList<OfficialMark> m_officialMarks;
    int m_officialFilteredOut = 0;
    QString m_lastError;
};
