// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

class Database;

// One database transaction that writes (in SQLite, BEGIN IMMEDIATE): begun on construction,
// rolled back on destruction unless commit() succeeded, so an exception or an early return
// leaves nothing half-written.
class Transaction
{
public:
    explicit Transaction(const Database &database);
    explicit Transaction(QSqlDatabase connection);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit(); // throws StorageError

private:
    QSqlDatabase m_db;
    bool m_open = false;
};
