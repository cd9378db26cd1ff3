// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filter.h"
#include "app/models/recordcounter.h"

#include <QAbstractTableModel>

// What the pairings and exchanges lists share: a Filter, rows read from the database a chunk
// at a time as the view scrolls (canFetchMore/fetchMore), and the number of records the filter
// keeps, counted in the background when a RecordCounter is set (else at once). A subclass
// reads chunks from its store and keeps its rows.
class FilteredListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    FilteredListModel(RecordCounter::What what, int chunkSize, QObject *parent);

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int rowCount(const QModelIndex &parent = {}) const override;

    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    // How many records the filter keeps; -1 while they are being counted.
    qint64 totalCount() const { return m_total; }
    int chunkSize() const { return m_chunkSize; }
    // The last error the database gave, also when it came before anyone listened.
    QString lastError() const { return m_lastError; }
    // Counts in the background from now on.
    void setCounter(RecordCounter *counter);
    // Reads the list again from the database, keeping filter and order.
    void refresh();
    // The row of a record (Roles::RecordIdRole), reading further chunks until it is found; -1
    // if the filter hides it.
    int rowOfRecord(qint64 id);

signals:
    void errorOccurred(const QString &message);
    void countChanged();

protected:
    // Starts again from the first row in a new order; the count stands.
    void resort();
    // Called from the subclass's constructor once its store is ready.
    void load() { reload(true); }

    virtual int loadedRows() const = 0;
    virtual void clearRows() = 0;
    // Reads the next chunk (from the start if fromStart) into a waiting list and returns its
    // length; throws StorageError.
    virtual int readChunk(bool fromStart) = 0;
    // Moves the waiting list to the end of the rows.
    virtual void appendChunk() = 0;
    virtual qint64 countNow() const = 0; // throws StorageError

private:
    void reload(bool recount);
    bool readFirstChunk();
    void takeCount(int what, quint64 request, qint64 count, const QString &error);
    void fail(const QString &message);

    RecordCounter::What m_what;
    int m_chunkSize;
    Filter m_filter;
    RecordCounter *m_counter = nullptr;
    quint64 m_countRequest = 0;
    qint64 m_total = 0;
    bool m_exhausted = false;
    bool m_failed = false;
    bool m_fetching = false; // a view may ask for more while rows are being inserted
    QString m_lastError;
};
