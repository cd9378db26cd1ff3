// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/serverconnection.h"

#include "app/storage/changenotifier.h"
#include "app/storage/database.h"

namespace {
// Asks the server with a connection of its own, opened and closed on the watching thread.
class Probe : public QObject
{
public:
    explicit Probe(const Database &database) : m_opened(database) {}

    bool serverAnswers()
    {
        if (m_connection && m_connection->isConnected())
            return true;
        m_connection = Database::openAnotherConnection(m_opened);
        return m_connection != nullptr;
    }
    void close() { m_connection.reset(); }

private:
    const Database &m_opened;
    std::unique_ptr<Database> m_connection;
};
} // namespace

ServerConnection::ServerConnection(const Database &database, ChangeNotifier &notifier,
                                   QObject *parent)
    : QObject(parent), m_database(database), m_notifier(notifier)
{
    if (database.backend() != Database::Backend::PostgreSql)
        return;
    auto *probe = new Probe(database);
    m_probe = probe;
    m_thread = std::make_unique<WorkerThread>(
        probe, [probe] { probe->close(); }, QStringLiteral("ServerConnection"));
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &ServerConnection::check);
    m_timer.start();
}

ServerConnection::~ServerConnection() = default;

void ServerConnection::check()
{
    if (!m_probe || m_asking)
        return; // a file; or the last question is still waiting for the server
    m_asking = true;
    auto *probe = static_cast<Probe *>(m_probe);
    QMetaObject::invokeMethod(
        probe,
        [this, probe] {
            const bool answers = probe->serverAnswers();
            QMetaObject::invokeMethod(
                this, [this, answers] { answered(answers); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ServerConnection::answered(bool serverAnswers)
{
    m_asking = false;
    // The window's own connection is asked only when the server answers a fresh one, so it
    // waits only when that connection alone is cut off (rare), for at most the 10 s user
    // timeout.
    const bool lostNow = !serverAnswers || (!m_lost && !m_database.isConnected());
    if (lostNow && !m_lost) {
        m_lost = true;
        emit lost();
    }
    if (m_lost && serverAnswers && m_database.reconnect()) {
        m_lost = false;
        emit restored();
        m_notifier.announce(ChangeNotifier::Everything);
    }
    emit looked();
}
