// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/officialcountstore.h"

#include "app/storage/database.h"
#include "app/storage/recordtables.h"
#include "app/storage/sqlquery.h"

#include <QCoreApplication>

namespace {
const QString countColumns =
    QStringLiteral("id, date, total, province_state, city, source_url, notes, origin, row_version");

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QVariant nullIfUnknown(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

OfficialCount countAt(const QSqlQuery &query)
{
    OfficialCount count;
    count.id = query.value(0).toLongLong();
    count.date = PartialDate::fromIso(query.value(1).toString());
    count.total = query.value(2).toInt();
    count.provinceState = optionalInt(query.value(3));
    count.city = optionalInt(query.value(4));
    count.sourceUrl = query.value(5).toString();
    count.notes = query.value(6).toString();
    count.origin = query.value(7).toString();
    count.rowVersion = query.value(8).toInt();
    return count;
}

// What an insert writes; the row version starts at the table's default.
const QStringList insertedColumns = {QStringLiteral("id"),    QStringLiteral("date"),
                                     QStringLiteral("total"), QStringLiteral("province_state"),
                                     QStringLiteral("city"),  QStringLiteral("source_url"),
                                     QStringLiteral("notes"), QStringLiteral("origin")};

QVariantList insertedValues(const OfficialCount &count)
{
    return {Sql::nullIfZero(count.id),
            count.date.toIso(),
            count.total,
            nullIfUnknown(count.provinceState),
            nullIfUnknown(count.city),
            Sql::nullIfEmpty(count.sourceUrl),
            Sql::nullIfEmpty(count.notes),
            Sql::nullIfEmpty(count.origin)};
}
} // namespace

OfficialCountStore::OfficialCountStore(const Database &database)
    : m_database(database), m_db(database.connection())
{}

qint64 OfficialCountStore::insert(const OfficialCount &count)
{
    return RowBatch::insertOne(m_db, QStringLiteral("official_counts"), insertedColumns,
                               insertedValues(count));
}

void OfficialCountStore::insert(const QList<OfficialCount> &counts, const RowBatch::Watch &watch)
{
    // Many rows to a statement: each needs its id written out (an id left to PostgreSQL's
    // identity column would be NULL here).
    QList<OfficialCount> numbered = counts;
    qint64 last = RecordTables::highestIdGiven(m_database, QStringLiteral("official_counts"));
    for (OfficialCount &count : numbered) {
        if (count.id == 0)
            count.id = ++last;
    }
    RowBatch::of(QStringLiteral("official_counts"), insertedColumns, numbered, insertedValues)
        .insert(m_db, watch);
}

void OfficialCountStore::update(const OfficialCount &count, int versionNow, int versionAfter)
{
    Sql::runOnRecordAsRead(
        m_db,
        QStringLiteral("UPDATE official_counts SET date = ?, total = ?, province_state = ?, "
                       "city = ?, source_url = ?, notes = ?, row_version = ? WHERE id = ? AND "
                       "row_version = ?"),
        {count.date.toIso(), count.total, nullIfUnknown(count.provinceState),
         nullIfUnknown(count.city), Sql::nullIfEmpty(count.sourceUrl),
         Sql::nullIfEmpty(count.notes), versionAfter, count.id, versionNow},
        changedMeanwhile());
}

QString OfficialCountStore::changedMeanwhile()
{
    return QCoreApplication::translate(
        "OfficialCountStore",
        "This official total was changed or removed elsewhere since it was read (another window "
        "or another user). Refresh (F5) to see it as it is now, then make the change again.");
}

std::optional<OfficialCount> OfficialCountStore::byId(qint64 id) const
{
    QSqlQuery query = Sql::run(
        m_db, QStringLiteral("SELECT %1 FROM official_counts WHERE id = ?").arg(countColumns),
        {id});
    if (!query.next())
        return std::nullopt;
    return countAt(query);
}

QList<OfficialCount> OfficialCountStore::all() const
{
    QSqlQuery query = Sql::run(
        m_db, QStringLiteral("SELECT %1 FROM official_counts ORDER BY date, id").arg(countColumns),
        {});
    QList<OfficialCount> counts;
    while (query.next())
        counts.append(countAt(query));
    return counts;
}
