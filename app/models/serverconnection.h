// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/models/workerthread.h"

#include <QObject>
#include <QTimer>

#include <memory>

class ChangeNotifier;
class Database;

// Keeps watch over a server's connection: every few seconds a thread of its own, with a
// connection of its own, asks whether the server still answers, so that a network that drops
// packets never holds up the window. Lost, it says so (the window shows a banner); once the
// server answers again, the window's connection is made again, it says so, and everything is
// read again, since others may have saved meanwhile. A connection the server ended while the
// server still answers (an administrator's doing) is found lost and made again at the same
// look. A local file is never lost.
class ServerConnection : public QObject
{
    Q_OBJECT
public:
    ServerConnection(const Database &database, ChangeNotifier &notifier, QObject *parent = nullptr);
    ~ServerConnection() override;
    bool isLost() const { return m_lost; }
    // Looks now rather than at the next tick; the answer comes later (lost, restored, or
    // looked when nothing changed).
    void check();

signals:
    void lost();
    void restored();
    void looked();

private:
    void answered(bool serverAnswers);

    const Database &m_database;
    ChangeNotifier &m_notifier;
    QTimer m_timer;
    QObject *m_probe = nullptr; // lives in m_thread; none for a file
    std::unique_ptr<WorkerThread> m_thread;
    bool m_asking = false;
    bool m_lost = false;
};
