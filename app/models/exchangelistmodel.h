// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/storage/exchangestore.h"

#include <QAbstractTableModel>

class Database;

// The exchanges list, narrowed by a Filter. Filtering, counting and sorting happen in the
// database; rows arrive a chunk at a time, each chunk starting after the last row read, so
// scrolling far down a million exchanges stays as quick as the first screen.
class ExchangeListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Title, Field, Mode, Pairing, Location, ColumnCount };

    explicit ExchangeListModel(const Database &database, int chunkSize = 200,
                               QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Every column but Pairing sorts; sorting by Pairing keeps the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    qint64 totalCount() const { return m_total; }
    // The pairing an exchange row belongs to (the first, if several), or 0.
    qint64 pairingIdAt(int row) const;
    void refresh();

signals:
    void errorOccurred(const QString &message);

private:
    void reload(bool recount);
    QString display(const ExchangeListRow &row, int column) const;

    ExchangeStore m_store;
    Filter m_filter;
    QList<ExchangeListRow> m_rows;
    ExchangeStore::Cursor m_cursor;
    qint64 m_total = 0;
    int m_chunkSize;
    bool m_failed = false;
    bool m_fetching = false;
    ExchangeStore::SortKey m_sortKey = ExchangeStore::SortKey::Date;
    Qt::SortOrder m_order = Qt::DescendingOrder;
};
