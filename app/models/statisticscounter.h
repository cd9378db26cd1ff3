// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/models/workerthread.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class Database;
class StatisticsStore;

// Counts what the charts show on a thread of its own, with its own connection, so that a
// chart over a million exchanges never holds up the window. Each asker (a chart's model) has
// only its newest request answered: older ones still waiting are skipped, and an answer that
// comes after a newer request is dropped.
class StatisticsCounter : public QObject
{
    Q_OBJECT
public:
    // Runs on the counting thread; throws StorageError.
    using Job = std::function<void(const StatisticsStore &store)>;
    // Runs on the asker's thread once the job is done; error is empty when it went well.
    using Done = std::function<void(const QString &error)>;

    explicit StatisticsCounter(const Database &database, QObject *parent = nullptr);
    ~StatisticsCounter() override;

    void run(QObject *asker, Job job, Done done);
    // Runs the job through the counter if there is one, else at once on the store given.
    static void run(StatisticsCounter *counter, const StatisticsStore &store, QObject *asker,
                    Job job, Done done);

private:
    QObject *m_worker; // lives in m_thread
    WorkerThread m_thread;
    QHash<const QObject *, std::shared_ptr<std::atomic<quint64>>> m_latest;
    quint64 m_next = 0;
};
