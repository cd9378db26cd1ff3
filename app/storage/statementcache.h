// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// Statements a store runs many times in a row (an import writes hundreds of thousands), each
// prepared once and run again with new values. For statements that write or read one row:
// a statement is run again only after its earlier result has been read.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db) : m_db(std::move(db)) {}
    // Runs sql (fixed text) with the values bound in order; throws StorageError.
    QSqlQuery &run(const QString &sql, const QVariantList &values);

private:
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
};
