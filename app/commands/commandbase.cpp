// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/commandbase.h"

#include "app/storage/database.h"
#include "app/storage/storageerror.h"
#include "app/storage/transaction.h"

#include <QCoreApplication>

DatabaseCommand::DatabaseCommand(const Database &database, ChangeNotifier &notifier)
    : m_database(database), m_notifier(notifier)
{}

bool DatabaseCommand::apply(bool forwards, QString *error)
{
    try {
        Transaction transaction(m_database);
        if (forwards)
            forward();
        else
            backward();
        transaction.commit();
    } catch (const StorageError &e) {
        settled(false);
        *error = e.message();
        // A lost connection: the server rolled the whole step back. The window's watch over
        // the connection (ServerConnection) makes it again; then the step can be tried again.
        if (m_database.backend() == Database::Backend::PostgreSql && !m_database.isConnected()) {
            *error = QCoreApplication::translate(
                "DatabaseCommand",
                "The connection to the server was lost, and nothing of this change was saved. "
                "Bridges connects again by itself: try once more when the banner has gone.");
        }
        return false;
    }
    settled(true);
    m_notifier.announce(entity(), changed());
    return true;
}

void DatabaseCommand::setName(Name name)
{
    m_name = std::move(name);
    rename();
}

void DatabaseCommand::rename()
{
    if (m_name)
        setText(m_name());
}

void DatabaseCommand::step(bool forwards)
{
    if (m_skip) {
        m_skip = false;
        return;
    }
    QString error;
    if (!apply(forwards, &error) && m_report)
        m_report(error);
}
