// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/serverconnection.h"

#include "app/storage/changenotifier.h"
#include "app/storage/database.h"

ServerConnection::ServerConnection(const Database &database, ChangeNotifier &notifier,
                                   QObject *parent)
    : QObject(parent), m_database(database), m_notifier(notifier)
{
    if (database.backend() != Database::Backend::PostgreSql)
        return;
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &ServerConnection::check);
    m_timer.start();
}

void ServerConnection::check()
{
    if (m_database.backend() != Database::Backend::PostgreSql)
        return;
    if (!m_lost && m_database.isConnected())
        return;
    if (!m_lost) {
        m_lost = true;
        emit lost();
    }
    if (!m_database.reconnect())
        return;
    m_lost = false;
    emit restored();
    m_notifier.announce(ChangeNotifier::Everything);
}
