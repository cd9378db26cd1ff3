// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/rowversions.h"

#include "app/storage/database.h"
#include "app/storage/sqlquery.h"

int RowVersions::next(const QSqlDatabase &db)
{
    QSqlQuery query = Sql::prepare(
        db, QStringLiteral("UPDATE row_version_counter SET last = last + 1 RETURNING last"));
    return Sql::scalar(query).toInt();
}

int RowVersions::next(const Database &database)
{
    return next(database.connection());
}
