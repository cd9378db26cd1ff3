// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/dataeditionstore.h"

#include "app/storage/database.h"
#include "app/storage/sqlquery.h"

DataEditionStore::DataEditionStore(const Database &database) : m_db(database.connection()) {}

QString DataEditionStore::current() const
{
    QSqlQuery query = Sql::run(m_db, QStringLiteral("SELECT name FROM data_edition"), {});
    if (query.next())
        return query.value(0).toString();
    // Places but no edition named: made before editions were (or loaded from a whole-database
    // file of that time), so from the first.
    QSqlQuery places = Sql::run(m_db, QStringLiteral("SELECT 1 FROM places LIMIT 1"), {});
    return places.next() ? QStringLiteral("first") : QString();
}

void DataEditionStore::set(const QString &name)
{
    Sql::run(m_db, QStringLiteral("DELETE FROM data_edition"), {});
    if (!name.isEmpty())
        Sql::run(m_db, QStringLiteral("INSERT INTO data_edition (name) VALUES (?)"), {name});
}
