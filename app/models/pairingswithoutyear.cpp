// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/pairingswithoutyear.h"

#include "app/storage/storageerror.h"

#include <algorithm>

PairingsWithoutYear::PairingsWithoutYear(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{}

void PairingsWithoutYear::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void PairingsWithoutYear::setCounter(RecordCounter *counter)
{
    m_counter = counter;
    if (counter)
        connect(counter, &RecordCounter::counted, this, &PairingsWithoutYear::take);
}

void PairingsWithoutYear::refresh()
{
    m_request = 0; // an answer about an earlier filter is no longer wanted
    if (!m_filter.establishedFrom && !m_filter.establishedTo) {
        m_count = 0; // nothing to ask the database
    } else if (m_counter) {
        m_count = -1;
        m_request = m_counter->count(RecordCounter::PairingsWithoutYear, m_filter);
    } else {
        try {
            m_count =
                RecordCounter::countNow(m_database, RecordCounter::PairingsWithoutYear, m_filter);
        } catch (const StorageError &e) {
            m_count = 0;
            emit errorOccurred(e.message());
        }
    }
    emit changed();
}

void PairingsWithoutYear::take(int what, quint64 request, qint64 count, const QString &error)
{
    if (what != RecordCounter::PairingsWithoutYear || request != m_request)
        return;
    m_request = 0;
    m_count = std::max<qint64>(count, 0);
    if (count < 0)
        emit errorOccurred(error);
    emit changed();
}
