// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filter.h"
#include "app/models/recordcounter.h"

#include <QObject>

class Database;

// How many pairings the filter's established years hide only because no source gives their
// year: a span of years cannot say whether they belong in it, so the lists and the charts leave
// them out, and the window says so. 0 when the filter names no years; counted in the background
// when a RecordCounter is set (else at once).
class PairingsWithoutYear : public QObject
{
    Q_OBJECT
public:
    explicit PairingsWithoutYear(const Database &database, QObject *parent = nullptr);

    void setFilter(const Filter &filter);
    // -1 while being counted.
    qint64 count() const { return m_count; }
    // Counts in the background from now on.
    void setCounter(RecordCounter *counter);
    void refresh();

signals:
    void changed();
    void errorOccurred(const QString &message);

private:
    void take(int what, quint64 request, qint64 count, const QString &error);

    const Database &m_database;
    RecordCounter *m_counter = nullptr;
    Filter m_filter;
    quint64 m_request = 0;
    qint64 m_count = 0;
};
