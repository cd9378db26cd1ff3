// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/commandbase.h"

#include "app/storage/storageerror.h"
#include "app/storage/transaction.h"

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
        return false;
    }
    settled(true);
    m_notifier.announce(entity(), changed());
    return true;
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
