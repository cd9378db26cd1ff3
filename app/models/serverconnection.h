// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

class ChangeNotifier;
class Database;

// Keeps watch over a server's connection: every few seconds it asks whether the server still
// answers. Lost, it says so (the window shows a banner) and tries to connect again at each
// look; back, it says so and has everything read again, since others may have saved meanwhile.
// A local file is never lost.
class ServerConnection : public QObject
{
    Q_OBJECT
public:
    ServerConnection(const Database &database, ChangeNotifier &notifier, QObject *parent = nullptr);
    bool isLost() const { return m_lost; }
    // Looks now rather than at the next tick.
    void check();

signals:
    void lost();
    void restored();

private:
    const Database &m_database;
    ChangeNotifier &m_notifier;
    QTimer m_timer;
    bool m_lost = false;
};
