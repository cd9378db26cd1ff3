// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/transaction.h"

#include "app/storage/database.h"
#include "app/storage/storageerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(const Database &database, Mode mode)
    : Transaction(database.connection(), mode)
{}

Transaction::Transaction(QSqlDatabase connection, Mode mode) : m_db(std::move(connection))
{
    // SQLite begins a plain transaction as a reader and makes it a writer at its first write,
    // which fails at once if another program wrote meanwhile. A transaction that writes takes
    // the write lock at the start, waiting for it as long as busy_timeout says; one that only
    // reads begins as a reader.
    QSqlError error;
    if (mode == Mode::Write && m_db.driverName() == QLatin1String("QSQLITE")) {
        QSqlQuery begin(m_db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            error = begin.lastError();
    } else if (!m_db.transaction()) {
        error = m_db.lastError();
    }
    if (error.isValid()) {
        throw StorageError(
            QCoreApplication::translate("Transaction", "Could not start a transaction: %1")
                .arg(error.text()));
    }
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

void Transaction::commit()
{
    if (!m_db.commit()) {
        const QString reason = m_db.lastError().text();
        throw StorageError(
            QCoreApplication::translate("Transaction", "Could not save the changes: %1")
                .arg(reason));
    }
    m_open = false;
}
