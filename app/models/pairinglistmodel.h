// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/storage/pairingstore.h"

#include <QAbstractTableModel>

class Database;

// The pairings list, narrowed by a Filter. Filtering, counting and sorting happen in the database; rows arrive in chunks as the view
// scrolls (canFetchMore/fetchMore), so a long list opens at once and never sits whole in
// memory. The count of all pairings is kept, not re-queried on every fetch.
class PairingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ChinesePlace,
        Province,
        UsPlace,
        State,
        Level,
        Relation,
        Established,
        ColumnCount
    };

    // chunkSize: how many rows one fetch reads from the database.
    explicit PairingListModel(const Database &database, int chunkSize = 200,
                              QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Shows only the pairings the filter keeps.
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    // All pairings the filter keeps, whether fetched yet or not.
    qint64 totalCount() const { return m_total; }
    int chunkSize() const { return m_chunkSize; }
    // The row of a pairing, fetching further chunks until it is found; -1 if the filter hides it.
    int rowOfPairing(qint64 pairingId);
    // Reads the list again from the database, keeping the order.
    void refresh();

signals:
    void errorOccurred(const QString &message);

private:
    void reload(bool recount);
    QString display(const PairingListRow &row, int column) const;

    PairingStore m_store;
    QList<PairingListRow> m_rows;
    qint64 m_total = 0;
    int m_chunkSize;
    bool m_failed = false;
    bool m_fetching = false; // a view may ask for more while rows are being inserted
    Filter m_filter;
    PairingStore::SortKey m_sortKey = PairingStore::SortKey::ChinesePlace;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};
