// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/rowversions.h"

#include "app/storage/database.h"
#include "app/storage/sqlquery.h"

int RowVersions::next(const Database &database)
{
    QSqlQuery query = Sql::prepare(
        database.connection(),
        QStringLiteral("UPDATE row_version_counter SET last = last + 1 RETURNING last"));
    return Sql::scalar(query).toInt();
}
