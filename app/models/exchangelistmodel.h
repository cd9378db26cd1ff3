// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/models/filteredlistmodel.h"
#include "app/models/sharedtexts.h"
#include "app/storage/exchangestore.h"

#include <deque>

class Database;

// The exchanges list, narrowed by a Filter. Filtering and sorting happen in the database; rows
// arrive a chunk at a time, each chunk starting after the last row read, so scrolling far down
// a million exchanges stays as quick as the first screen.
class ExchangeListModel : public FilteredListModel
{
    Q_OBJECT
public:
    enum Column { Date, Title, Field, Mode, Pairing, Location, ColumnCount };

    explicit ExchangeListModel(const Database &database, int chunkSize = 200,
                               QObject *parent = nullptr);
    // Counting in the background from the first count (the counter outlives the model).
    ExchangeListModel(const Database &database, RecordCounter *counter, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Every column but Pairing sorts; sorting by Pairing keeps the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The title of a column, also for the tables that show the first of these columns.
    static QString columnTitle(int column);
    // The pairing an exchange row belongs to (the first, if several), or 0.
    qint64 pairingIdAt(int row) const;

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
    QString display(const ExchangeListRow &row, int column) const;

    ExchangeStore m_store;
    // A deque: the rows grow a chunk at a time without being copied to a larger block (a list
    // of 100,000 rows held them twice while it grew).
    std::deque<ExchangeListRow> m_rows;
    QList<ExchangeListRow> m_waiting;
    SharedTexts m_texts;
    ExchangeStore::Cursor m_cursor;
    ExchangeStore::SortKey m_sortKey = ExchangeStore::SortKey::Date;
    Qt::SortOrder m_order = Qt::DescendingOrder;
};
