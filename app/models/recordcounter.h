// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filter.h"
#include "app/models/workerthread.h"

#include <QObject>

#include <atomic>
#include <memory>

class Database;

// Counts the pairings or exchanges a filter keeps (or the pairings its established years leave
// out for want of a year), on a thread of its own with its own connection, so that counting a
// million exchanges never holds up the window. Only the newest request of each kind is
// answered; older ones still waiting are skipped.
class RecordCounter : public QObject
{
    Q_OBJECT
public:
    enum What { Pairings, Exchanges, PairingsWithoutYear, WhatCount };

    explicit RecordCounter(const Database &database, QObject *parent = nullptr);
    ~RecordCounter() override;

    // Returns the number that the answer will carry.
    quint64 count(What what, const Filter &filter);
    // The count itself, on the caller's thread and connection; throws StorageError.
    static qint64 countNow(const Database &database, What what, const Filter &filter);

signals:
    // A negative count means the database could not count (the error is in the message).
    void counted(int what, quint64 request, qint64 count, const QString &error);

private:
    QObject *m_worker; // lives in m_thread
    WorkerThread m_thread;
    std::shared_ptr<std::atomic<quint64>[]> m_latest;
    quint64 m_next = 0;
};
