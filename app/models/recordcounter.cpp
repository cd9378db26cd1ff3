// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/recordcounter.h"

#include "app/storage/database.h"
#include "app/storage/exchangestore.h"
#include "app/storage/pairingstore.h"
#include "app/storage/storageerror.h"

#include <QCoreApplication>

namespace {
// Opens its connection in the counting thread, where it is used, and closes it there.
class CountWorker : public QObject
{
public:
    CountWorker(const Database &database) : m_opened(database) {}
    ~CountWorker() override = default;

    qint64 count(RecordCounter::What what, const Filter &filter, QString *error)
    {
        try {
            if (!m_connection)
                m_connection = Database::openAnotherConnection(m_opened);
            if (!m_connection)
                throw StorageError(QCoreApplication::translate(
                    "RecordCounter", "Could not open a second connection to count records."));
            return RecordCounter::countNow(*m_connection, what, filter);
        } catch (const StorageError &e) {
            close(); // connected afresh for the next count, in case the connection was lost
            *error = e.message();
            return -1;
        }
    }
    void close() { m_connection.reset(); }

private:
    const Database &m_opened;
    std::unique_ptr<Database> m_connection;
};
} // namespace

RecordCounter::RecordCounter(const Database &database, QObject *parent)
    : QObject(parent), m_worker(new CountWorker(database)),
      m_thread(
          m_worker, [worker = m_worker] { static_cast<CountWorker *>(worker)->close(); },
          QStringLiteral("RecordCounter")),
      m_latest(new std::atomic<quint64>[WhatCount] { 0, 0, 0 })
{}

RecordCounter::~RecordCounter() = default;

qint64 RecordCounter::countNow(const Database &database, What what, const Filter &filter)
{
    switch (what) {
    case Exchanges:
        return ExchangeStore(database).count(filter);
    case PairingsWithoutYear:
        return PairingStore(database).countLeftOutForNoYear(filter);
    default:
        return PairingStore(database).count(filter);
    }
}

quint64 RecordCounter::count(What what, const Filter &filter)
{
    const quint64 request = ++m_next;
    m_latest[what] = request;
    auto *worker = static_cast<CountWorker *>(m_worker);
    const auto latest = m_latest;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, latest, what, filter, request] {
            if (latest[what] != request)
                return; // a newer request is waiting
            QString error;
            const qint64 n = worker->count(what, filter, &error);
            if (latest[what] == request)
                emit counted(what, request, n, error);
        },
        Qt::QueuedConnection);
    return request;
}
