// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/transaction.h"

#include "app/storage/database.h"
#include "app/storage/storageerror.h"

#include <QCoreApplication>
#include <QSqlError>

Transaction::Transaction(const Database &database) : Transaction(database.connection()) {}

Transaction::Transaction(QSqlDatabase connection) : m_db(std::move(connection))
{
    if (!m_db.transaction()) {
        throw StorageError(
            QCoreApplication::translate("Transaction", "Could not start a transaction: %1")
                .arg(m_db.lastError().text()));
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
