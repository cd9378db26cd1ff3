// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/timelineseries.h"

#include "app/domain/vocabulary.h"
#include "app/models/roles.h"
#include "app/models/statisticscounter.h"

#include <QDate>
#include <QLocale>

#include <algorithm>
#include <memory>

TimelineSeries::TimelineSeries(const Database &database, QObject *parent)
    : QAbstractTableModel(parent), m_store(database)
{
    refresh();
}

TimelineSeries::TimelineSeries(const Database &database, StatisticsCounter *counter,
                               QObject *parent)
    : QAbstractTableModel(parent), m_store(database), m_counter(counter)
{
    refresh();
}

void TimelineSeries::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (!m_pairingId)
        refresh();
}

void TimelineSeries::setPairing(qint64 pairingId)
{
    if (pairingId == m_pairingId)
        return;
    m_pairingId = pairingId;
    refresh();
}

void TimelineSeries::setSplit(Split split)
{
    if (split == m_split)
        return;
    m_split = split;
    refresh();
}

void TimelineSeries::setYearSpan(int from, int to)
{
    m_spanFrom = from;
    m_spanTo = to;
    refresh();
}

void TimelineSeries::setCounter(StatisticsCounter *counter)
{
    m_counter = counter;
}

void TimelineSeries::refresh()
{
    auto counts = std::make_shared<Counts>();
    const Filter filter = m_filter;
    const qint64 pairingId = m_pairingId;
    const Split split = m_split;
    counts->wholeRecord = !pairingId && filter.isEmpty();
    auto job = [counts, filter, pairingId, split](const StatisticsStore &store) {
        counts->exchanges = pairingId ? store.exchangesOfPairingByYear(pairingId, split)
                                      : store.exchangesByYear(filter, split);
        counts->pairings =
            pairingId ? store.pairingByYear(pairingId) : store.pairingsByYear(filter);
        if (!pairingId)
            counts->official = store.officialCounts();
    };
    m_counting = true;
    emit countingStarted();
    StatisticsCounter::run(m_counter, m_store, this, job,
                           [this, counts](const QString &error) { take(*counts, error); });
}

void TimelineSeries::take(const Counts &counts, const QString &error)
{
    m_counting = false;
    m_lastError = error;
    beginResetModel();
    load(error.isEmpty() ? counts : Counts());
    endResetModel();
    if (!m_lastError.isEmpty())
        emit errorOccurred(m_lastError);
}

QStringList TimelineSeries::categoryOrder() const
{
    return m_split == Split::Field ? Vocabulary::fieldKeys() : Vocabulary::modeKeys();
}

void TimelineSeries::load(const Counts &counts)
{
    const QList<YearCount> &exchanges = counts.exchanges;
    const QList<YearCount> &pairings = counts.pairings;
    // The span: from 1979 to this year, widened to every known year, unless told otherwise.
    int first = firstYearShown;
    int last = std::max(first, QDate::currentDate().year());
    for (const auto *yearCounts : {&exchanges, &pairings}) {
        for (const YearCount &c : *yearCounts) {
            if (c.year > 0) {
                first = std::min(first, c.year);
                last = std::max(last, c.year);
            }
        }
    }
    if (counts.wholeRecord) {
        for (const OfficialCount &count : counts.official) {
            if (count.date.isNull())
                continue;
            first = std::min(first, count.date.yearPart());
            last = std::max(last, count.date.yearPart());
        }
    }
    m_firstYear = m_spanFrom ? m_spanFrom : first;
    m_lastYear = std::max(m_firstYear, m_spanTo ? m_spanTo : last);

    // Categories that have exchanges, in the vocabulary's order; a key the vocabulary does not
    // know (a newer database) follows, rather than being dropped.
    QStringList present;
    for (const YearCount &c : exchanges) {
        if (!present.contains(c.key))
            present << c.key;
    }
    m_categories.clear();
    for (const QString &key : categoryOrder()) {
        if (present.contains(key))
            m_categories << key;
    }
    for (const QString &key : std::as_const(present)) {
        if (!m_categories.contains(key))
            m_categories << key;
    }

    const int rows = m_lastYear - m_firstYear + 1;
    m_counts = QList<QList<qint64>>(rows, QList<qint64>(m_categories.size() + 2, 0));
    m_exchangesShown = m_pairingsShown = 0;
    m_unknownExchanges = m_unknownPairings = 0;
    m_outsideExchanges = m_outsidePairings = 0;
    for (const YearCount &c : exchanges) {
        if (c.year == 0) {
            m_unknownExchanges += c.count;
        } else if (c.year < m_firstYear || c.year > m_lastYear) {
            m_outsideExchanges += c.count;
        } else {
            m_counts[c.year - m_firstYear][m_categories.indexOf(c.key)] += c.count;
            m_exchangesShown += c.count;
        }
    }
    qint64 before = 0; // pairings established before the span: the running total starts there
    for (const YearCount &c : pairings) {
        if (c.year == 0) {
            m_unknownPairings += c.count;
        } else if (c.year < m_firstYear) {
            before += c.count;
            m_outsidePairings += c.count;
        } else if (c.year > m_lastYear) {
            m_outsidePairings += c.count;
        } else {
            m_counts[c.year - m_firstYear][establishedColumn()] += c.count;
            m_pairingsShown += c.count;
        }
    }
    qint64 total = before;
    for (QList<qint64> &row : m_counts) {
        total += row[establishedColumn()];
        row[cumulativeColumn()] = total;
    }
    placeOfficialTotals(counts);
}

namespace {
// How far into its year a date lies, from -0.5 (the first day) to 0.5 (the last): a month or a
// day at its middle, a year alone at the year's middle.
qreal withinYear(const PartialDate &date)
{
    switch (date.precision()) {
    case PartialDate::Precision::Year:
        return 0;
    case PartialDate::Precision::Month:
        return (date.monthPart() - 0.5) / 12 - 0.5;
    case PartialDate::Precision::Day: {
        const QDate day = date.firstDay();
        return (day.dayOfYear() - 0.5) / day.daysInYear() - 0.5;
    }
    }
    return 0;
}
} // namespace

void TimelineSeries::placeOfficialTotals(const Counts &counts)
{
    m_officialMarks.clear();
    m_officialFilteredOut = 0;
    if (!counts.wholeRecord) {
        // Only the filters' part of the record is counted (a pairing's count reads none).
        m_officialFilteredOut = int(counts.official.size());
        return;
    }
    for (const OfficialCount &count : counts.official) {
        const int year = count.date.yearPart();
        if (count.date.isNull() || year < m_firstYear || year > m_lastYear)
            continue;
        m_officialMarks.append({count.date, count.total, officialLabel(count),
                                year - m_firstYear + withinYear(count.date)});
    }
}

QString TimelineSeries::officialTotalsName()
{
    return tr("Official totals");
}

QString TimelineSeries::officialLabel(const OfficialCount &count)
{
    const QLocale locale;
    return tr("%1 (official, %2)")
        .arg(locale.toString(count.total), count.date.toDisplayString(locale));
}

int TimelineSeries::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int TimelineSeries::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : categoryCount() + 2;
}

QVariant TimelineSeries::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return m_counts[index.row()][index.column()];
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TimelineSeries::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        if (role == Qt::DisplayRole || role == Roles::KeyRole)
            return yearOfRow(section);
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (role == Roles::KeyRole) {
        if (section == establishedColumn())
            return QStringLiteral("established");
        if (section == cumulativeColumn())
            return QStringLiteral("cumulative");
        return m_categories[section];
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == establishedColumn())
        return tr("New pairings");
    if (section == cumulativeColumn())
        return tr("Pairings with a known year");
    return m_split == Split::Field ? Vocabulary::displayNameOfFieldKey(m_categories[section])
                                   : Vocabulary::displayNameOfModeKey(m_categories[section]);
}
