// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filter.h"
#include "app/domain/filterchoices.h"
#include "app/storage/statisticsstore.h"

#include <QAbstractTableModel>

class Database;
class StatisticsCounter;

// One of the statistics: how the records the filter keeps divide among provinces, states,
// fields or modes, most first. Column 0 names the part ("Jiangsu 江苏省", "Education"), column
// 1 counts it; Roles::KeyRole carries the part's key (empty for "not recorded").
class BreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum What { PairingsByProvince, PairingsByState, ExchangesByField, ExchangesByMode };
    enum Column { Part, Count, ColumnCount };

    BreakdownModel(const Database &database, What what, QObject *parent = nullptr);
    // Counting in the background from the first count (the counter outlives the model).
    BreakdownModel(const Database &database, What what, StatisticsCounter *counter,
                   QObject *parent = nullptr);

    What what() const { return m_what; }
    // "Pairings by Chinese province"
    QString title() const;
    static QString titleOf(What what);
    // "Pairings", "Exchanges": what the counts count.
    QString countName() const;

    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    // Counts in the background from now on (the counter outlives the model).
    void setCounter(StatisticsCounter *counter) { m_counter = counter; }
    // Counts again; with a counter the model resets when the answer comes.
    void refresh();
    bool isCounting() const { return m_counting; }
    qint64 total() const { return m_total; }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void errorOccurred(const QString &message);

private:
    QString partName(const FilterChoice &part) const;
    void take(const QList<FilterChoice> &parts, const QString &error);

    StatisticsStore m_store;
    StatisticsCounter *m_counter = nullptr;
    bool m_counting = false;
    What m_what;
    Filter m_filter;
    QList<FilterChoice> m_parts;
    qint64 m_total = 0;
    QString m_lastError;
};
