// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/statisticscounter.h"

#include "app/storage/database.h"
#include "app/storage/statisticsstore.h"
#include "app/storage/storageerror.h"

#include <QCoreApplication>
#include <QPointer>

namespace {
// Opens its connection in the counting thread, where it is used, and closes it there.
class StatisticsWorker : public QObject
{
public:
    explicit StatisticsWorker(const Database &database) : m_opened(database) {}

    QString run(const StatisticsCounter::Job &job)
    {
        try {
            if (!m_connection)
                m_connection = Database::openAnotherConnection(m_opened);
            if (!m_connection) {
                throw StorageError(QCoreApplication::translate(
                    "StatisticsCounter", "Could not open a second connection to count records."));
            }
            if (!m_store)
                m_store = std::make_unique<StatisticsStore>(*m_connection);
            job(*m_store);
            return {};
        } catch (const StorageError &e) {
            close(); // connected afresh for the next job, in case the connection was lost
            return e.message();
        }
    }
    void close()
    {
        m_store.reset();
        m_connection.reset();
    }

private:
    const Database &m_opened;
    std::unique_ptr<Database> m_connection;
    std::unique_ptr<StatisticsStore> m_store;
};
} // namespace

StatisticsCounter::StatisticsCounter(const Database &database, QObject *parent)
    : QObject(parent), m_worker(new StatisticsWorker(database)),
      m_thread(
          m_worker, [worker = m_worker] { static_cast<StatisticsWorker *>(worker)->close(); },
          QStringLiteral("StatisticsCounter"))
{}

StatisticsCounter::~StatisticsCounter() = default;

void StatisticsCounter::run(QObject *asker, Job job, Done done)
{
    auto &latest = m_latest[asker];
    if (!latest)
        latest = std::make_shared<std::atomic<quint64>>(0);
    const quint64 request = ++m_next;
    *latest = request;
    auto *worker = static_cast<StatisticsWorker *>(m_worker);
    // The answer comes back through this object, on its thread, and goes to the asker only if
    // the asker is still there and has asked nothing newer.
    QPointer<QObject> receiver(asker);
    QMetaObject::invokeMethod(
        worker,
        [this, worker, latest, request, job = std::move(job), done = std::move(done), receiver] {
            if (*latest != request)
                return; // a newer request is waiting
            const QString error = worker->run(job);
            if (*latest != request)
                return;
            QMetaObject::invokeMethod(
                this,
                [latest, request, done, error, receiver] {
                    if (receiver && *latest == request)
                        done(error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void StatisticsCounter::run(StatisticsCounter *counter, const StatisticsStore &store,
                            QObject *asker, Job job, Done done)
{
    if (counter) {
        counter->run(asker, std::move(job), std::move(done));
        return;
    }
    QString error;
    try {
        job(store);
    } catch (const StorageError &e) {
        error = e.message();
    }
    done(error);
}
