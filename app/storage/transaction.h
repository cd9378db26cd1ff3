// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

class Database;

// One database transaction that writes (in SQLite, BEGIN IMMEDIATE): begun on construction,
// rolled back on destruction unless commit() succeeded, so an exception or an early return
// leaves nothing half-written. A reading transaction sees one state of the database throughout
// and keeps no one else from writing.
class Transaction
{
public:
    enum class Mode { Write, Read };
    explicit Transaction(const Database &database, Mode mode = Mode::Write);
    explicit Transaction(QSqlDatabase connection, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit(); // throws StorageError

private:
    QSqlDatabase m_db;
    bool m_open = false;
};
