// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/otherchanges.h"

#include "app/storage/changenotifier.h"
#include "app/storage/database.h"

#include <QSqlDriver>

namespace {
const QString channel = QStringLiteral("bridges_changes");
} // namespace

OtherChanges::OtherChanges(const Database &database, ChangeNotifier &notifier, QObject *parent)
    : QObject(parent), m_database(database), m_notifier(notifier)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(250);
    connect(&m_settle, &QTimer::timeout, this,
            [this] { m_notifier.announce(ChangeNotifier::Everything); });
    QSqlDriver *driver = database.connection().driver();
    if (database.backend() != Database::Backend::PostgreSql || !driver ||
        !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    m_listening = driver->subscribeToNotification(channel);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                // This program's own changes are announced by the commands that make them.
                if (name == channel && source == QSqlDriver::OtherSource)
                    m_settle.start();
            });
}

void OtherChanges::listenAgain()
{
    QSqlDriver *driver = m_database.connection().driver();
    if (m_listening && driver) {
        driver->unsubscribeFromNotification(channel);
        m_listening = driver->subscribeToNotification(channel);
    }
}
