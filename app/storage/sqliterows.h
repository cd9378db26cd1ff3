// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

// A statement run through SQLite's own interface, under the connection Qt opened. Qt makes a
// string and a hash lookup for every value it binds, which for an import of 100,000 rows costs
// more than SQLite's own work; this binds directly, as Qt's driver would.
class SqliteStatement
{
public:
    // The SQLite connection under a Qt connection, or nullptr for another kind of database.
    static sqlite3 *handleOf(const QSqlDatabase &db);

    // Prepares sql (written by the storage layer); throws StorageError.
    SqliteStatement(sqlite3 *handle, const QString &sql);
    // Binds the values of rows first to first + count - 1, in order, and runs the statement.
    // Returns why the database refused it, or an empty string.
    QString run(const QList<QVariantList> &rows, qsizetype first, qsizetype count);
    // Whether the caller's transaction is still open: SQLite ends it by itself on some faults
    // (a full disk), and nothing more may be written then.
    bool inTransaction() const;

private:
    sqlite3 *m_handle;
    QString m_sql;
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> m_statement;
};
