// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

class ChangeNotifier;
class Database;

// Changes saved by other people, on a shared PostgreSQL server, shown without a restart: the
// server announces every statement that changes a table on the channel bridges_changes
// (migration 007); when another connection's announcement arrives, everything is read again
// as F5 does (keeping filters, order and the chosen records). Announcements that come together
// (an import of thousands of rows) are read once, a moment after the last. A local file has
// no such announcements: there F5 remains the way.
class OtherChanges : public QObject
{
    Q_OBJECT
public:
    OtherChanges(const Database &database, ChangeNotifier &notifier, QObject *parent = nullptr);
    // Whether the database tells of others' changes (PostgreSQL does).
    bool isListening() const { return m_listening; }
    // Asks again after the connection was made anew (a new connection has heard nothing).
    void listenAgain();

private:
    const Database &m_database;
    ChangeNotifier &m_notifier;
    QTimer m_settle;
    bool m_listening = false;
};
