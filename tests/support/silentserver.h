// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThread>

#include <atomic>

class QTcpServer;

// A stand-in for the network between the program and a real PostgreSQL server: it passes
// every byte through, on a thread of its own, until it is told to go silent. From then on it
// keeps every connection open but passes nothing either way, and answers nothing to new ones,
// as a network that drops packets does. Told to speak again, it passes new connections
// through.
class SilentServer
{
public:
    SilentServer(const QString &serverHost, quint16 serverPort);
    ~SilentServer();

    quint16 port() const { return m_port; }
    void setSilent(bool silent) { *m_silent = silent; }

private:
    QThread m_thread;
    QObject m_context;                // moved to m_thread
    QTcpServer *m_listener = nullptr; // lives in m_thread
    std::shared_ptr<std::atomic<bool>> m_silent = std::make_shared<std::atomic<bool>>(false);
    quint16 m_port = 0;
};
