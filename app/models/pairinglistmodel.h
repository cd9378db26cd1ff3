// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/models/filteredlistmodel.h"
#include "app/models/sharedtexts.h"
#include "app/storage/pairingstore.h"

#include <deque>

class Database;

// The pairings list, narrowed by a Filter. Filtering and sorting happen in the database; rows
// arrive in chunks as the view scrolls, so a long list opens at once and never sits whole in
// memory.
class PairingListModel : public FilteredListModel
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
    // Counting in the background from the first count (the counter outlives the model).
    PairingListModel(const Database &database, RecordCounter *counter, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The row of a pairing, fetching further chunks until it is found; -1 if the filter hides it.
    int rowOfPairing(qint64 pairingId) { return rowOfRecord(pairingId); }

protected:
    int loadedRows() const override { return static_cast<int>(m_rows.size()); }
    void clearRows() override
    {
        m_rows.clear();
        m_texts.clear();
    }
    int readChunk(bool fromStart) override;
    void appendChunk() override;
    qint64 countNow() const override { return m_store.count(filter()); }

private:
    static QString placeNamedBoth(const PairingListRow &row, int column);
    QString display(const PairingListRow &row, int column) const;

    PairingStore m_store;
    // A deque: the rows grow a chunk at a time without being copied to a larger block (a list
    // of 100,000 rows held them twice while it grew).
    std::deque<PairingListRow> m_rows;
    QList<PairingListRow> m_waiting;
    SharedTexts m_texts;
    PairingStore::SortKey m_sortKey = PairingStore::SortKey::ChinesePlace;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};
