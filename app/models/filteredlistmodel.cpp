// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/filteredlistmodel.h"

#include "app/models/roles.h"
#include "app/storage/storageerror.h"

#include <QScopedValueRollback>

FilteredListModel::FilteredListModel(RecordCounter::What what, int chunkSize, QObject *parent)
    : QAbstractTableModel(parent), m_what(what), m_chunkSize(chunkSize)
{}

int FilteredListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : loadedRows();
}

bool FilteredListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_failed && !m_exhausted;
}

void FilteredListModel::fetchMore(const QModelIndex &parent)
{
    if (m_fetching || !canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    int read = 0;
    try {
        read = readChunk(false);
    } catch (const StorageError &e) {
        m_failed = true;
        fail(e.message());
        return;
    }
    m_exhausted = read < m_chunkSize;
    if (read > 0) {
        const int first = loadedRows();
        beginInsertRows({}, first, first + read - 1);
        appendChunk();
        endInsertRows();
    }
    if (m_exhausted && m_total != loadedRows()) {
        m_total = loadedRows(); // the whole list is read: its length is the count
        emit countChanged();
    }
}

void FilteredListModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void FilteredListModel::setCounter(RecordCounter *counter)
{
    m_counter = counter;
    if (counter)
        connect(counter, &RecordCounter::counted, this, &FilteredListModel::takeCount);
}

void FilteredListModel::refresh()
{
    beginResetModel();
    reload(true);
    endResetModel();
    emit countChanged();
}

int FilteredListModel::rowOfRecord(qint64 id)
{
    for (int row = 0;; ++row) {
        if (row == loadedRows()) {
            if (!canFetchMore({}))
                return -1;
            fetchMore({});
            if (row == loadedRows())
                return -1;
        }
        if (index(row, 0).data(Roles::RecordIdRole).toLongLong() == id)
            return row;
    }
}

void FilteredListModel::resort()
{
    beginResetModel();
    reload(false);
    endResetModel();
}

bool FilteredListModel::readFirstChunk()
{
    try {
        const int read = readChunk(true);
        appendChunk();
        m_exhausted = read < m_chunkSize;
        return true;
    } catch (const StorageError &e) {
        clearRows();
        m_failed = true;
        fail(e.message());
        return false;
    }
}

void FilteredListModel::reload(bool recount)
{
    clearRows();
    m_failed = false;
    m_exhausted = false;
    if (recount)
        m_countRequest = 0; // an answer about an earlier filter is no longer wanted
    if (!readFirstChunk()) {
        m_total = 0;
        m_countRequest = 0;
        return;
    }
    if (m_exhausted) {
        m_total = loadedRows(); // all there is fits in the first chunk
        m_countRequest = 0;
        return;
    }
    if (!recount)
        return;
    if (m_counter) {
        m_total = -1;
        m_countRequest = m_counter->count(m_what, m_filter);
        return;
    }
    try {
        m_total = countNow();
    } catch (const StorageError &e) {
        m_total = -1;
        fail(e.message());
    }
}

void FilteredListModel::takeCount(int what, quint64 request, qint64 count, const QString &error)
{
    if (what != m_what || request != m_countRequest)
        return;
    m_countRequest = 0;
    if (count < 0) {
        fail(error);
        return;
    }
    m_total = count;
    emit countChanged();
}

void FilteredListModel::fail(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
}
