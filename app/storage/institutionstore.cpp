// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/institutionstore.h"

#include "app/storage/database.h"
#include "app/storage/rowbatch.h"
#include "app/storage/sqlquery.h"

#include <QCoreApplication>

namespace {
const QString columns =
    QStringLiteral("id, name_en, name_zh, kind, place_id, url, row_version FROM institutions");

Institution institutionAt(const QSqlQuery &query)
{
    Institution institution;
    institution.id = query.value(0).toLongLong();
    institution.nameEn = query.value(1).toString();
    institution.nameZh = query.value(2).toString();
    institution.kind = query.value(3).toString();
    institution.placeId = query.value(4).toLongLong();
    institution.url = query.value(5).toString();
    institution.rowVersion = query.value(6).toInt();
    return institution;
}
} // namespace

InstitutionStore::InstitutionStore(const Database &database) : m_db(database.connection()) {}

qint64 InstitutionStore::insert(const Institution &institution)
{
    return RowBatch::insertOne(
        m_db, QStringLiteral("institutions"),
        {QStringLiteral("id"), QStringLiteral("name_en"), QStringLiteral("name_zh"),
         QStringLiteral("kind"), QStringLiteral("place_id"), QStringLiteral("url")},
        {Sql::nullIfZero(institution.id), institution.nameEn, Sql::nullIfEmpty(institution.nameZh),
         Sql::nullIfEmpty(institution.kind), Sql::nullIfZero(institution.placeId),
         Sql::nullIfEmpty(institution.url)});
}

void InstitutionStore::update(const Institution &institution, int versionNow, int versionAfter)
{
    Sql::runOnRecordAsRead(
        m_db,
        QStringLiteral("UPDATE institutions SET name_en = ?, name_zh = ?, kind = ?, place_id = ?, "
                       "url = ?, row_version = ? WHERE id = ? AND row_version = ?"),
        {institution.nameEn, Sql::nullIfEmpty(institution.nameZh),
         Sql::nullIfEmpty(institution.kind), Sql::nullIfZero(institution.placeId),
         Sql::nullIfEmpty(institution.url), versionAfter, institution.id, versionNow},
        changedMeanwhile());
}

QString InstitutionStore::changedMeanwhile()
{
    return QCoreApplication::translate(
        "InstitutionStore",
        "This institution was changed or removed elsewhere since it was read (another window "
        "or another user). Refresh (F5) to see it as it is now, then make the change again.");
}

std::optional<Institution> InstitutionStore::byId(qint64 id) const
{
    QSqlQuery query = Sql::run(m_db, QStringLiteral("SELECT %1 WHERE id = ?").arg(columns), {id});
    if (!query.next())
        return std::nullopt;
    return institutionAt(query);
}

QList<Institution> InstitutionStore::all() const
{
    QSqlQuery query =
        Sql::run(m_db, QStringLiteral("SELECT %1 ORDER BY lower(name_en), id").arg(columns), {});
    QList<Institution> institutions;
    while (query.next())
        institutions.append(institutionAt(query));
    return institutions;
}
