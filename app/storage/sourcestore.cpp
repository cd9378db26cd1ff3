// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/sourcestore.h"

#include "app/storage/database.h"
#include "app/storage/rowbatch.h"
#include "app/storage/sqlquery.h"

#include <QCoreApplication>

namespace {
const QString sourceColumns = QStringLiteral("s.id, s.title, s.publisher, s.url, s.row_version");

Source sourceAt(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toInt()};
}

// What an insert writes; the row version starts at the table's default.
const QStringList insertedColumns = {QStringLiteral("id"), QStringLiteral("title"),
                                     QStringLiteral("publisher"), QStringLiteral("url")};

QVariantList insertedValues(const Source &source)
{
    return {Sql::nullIfZero(source.id), Sql::nullIfEmpty(source.title),
            Sql::nullIfEmpty(source.publisher), Sql::nullIfEmpty(source.url)};
}
} // namespace

SourceStore::SourceStore(const Database &database) : m_db(database.connection()) {}

qint64 SourceStore::insert(const Source &source)
{
    return RowBatch::insertOne(m_db, QStringLiteral("sources"), insertedColumns,
                               insertedValues(source));
}

void SourceStore::insert(const QList<Source> &sources, const RowBatch::Watch &watch)
{
    RowBatch::of(QStringLiteral("sources"), insertedColumns, sources, insertedValues)
        .insert(m_db, watch);
}

void SourceStore::update(const Source &source, int versionNow, int versionAfter)
{
    Sql::runOnRecordAsRead(m_db,
                           QStringLiteral("UPDATE sources SET title = ?, publisher = ?, url = ?, "
                                          "row_version = ? WHERE id = ? AND row_version = ?"),
                           {Sql::nullIfEmpty(source.title), Sql::nullIfEmpty(source.publisher),
                            Sql::nullIfEmpty(source.url), versionAfter, source.id, versionNow},
                           changedMeanwhile());
}

QString SourceStore::changedMeanwhile()
{
    return QCoreApplication::translate(
        "SourceStore",
        "This source was changed or removed elsewhere since it was read (another window or "
        "another user). Refresh (F5) to see it as it is now, then make the change again.");
}

std::optional<Source> SourceStore::byId(qint64 id) const
{
    QSqlQuery query = Sql::run(
        m_db, QStringLiteral("SELECT %1 FROM sources s WHERE s.id = ?").arg(sourceColumns), {id});
    if (!query.next())
        return std::nullopt;
    return sourceAt(query);
}

QList<Source> SourceStore::all() const
{
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral("SELECT %1 FROM sources s ORDER BY lower(coalesce(s.title, s.url)), s.id")
            .arg(sourceColumns),
        {});
    QList<Source> sources;
    while (query.next())
        sources.append(sourceAt(query));
    return sources;
}

qint64 SourceStore::withUrl(const QString &url) const
{
    QSqlQuery query = Sql::run(m_db, QStringLiteral("SELECT id FROM sources WHERE url = ?"), {url});
    return query.next() ? query.value(0).toLongLong() : 0;
}

bool SourceStore::cites(const QString &linkTable, const QString &ownerColumn, qint64 ownerId,
                        const QString &url) const
{
    if (url.isEmpty())
        return false;
    QSqlQuery query = Sql::run(m_db,
                               QStringLiteral("SELECT 1 FROM %1 l JOIN sources s ON s.id = "
                                              "l.source_id WHERE l.%2 = ? AND s.url = ?")
                                   .arg(linkTable, ownerColumn),
                               {ownerId, url});
    return query.next();
}

void SourceStore::uncite(const QString &linkTable, const QString &ownerColumn, qint64 ownerId,
                         qint64 sourceId, bool removeUncited)
{
    Sql::run(
        m_db,
        QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND source_id = ?").arg(linkTable, ownerColumn),
        {ownerId, sourceId});
    if (removeUncited) {
        Sql::run(m_db,
                 QStringLiteral("DELETE FROM sources WHERE id = ? AND row_version = 1 AND id NOT "
                                "IN (SELECT source_id FROM pairing_sources UNION SELECT "
                                "source_id FROM exchange_sources)"),
                 {sourceId});
    }
}

void SourceStore::citeForPairing(qint64 pairingId, qint64 sourceId)
{
    Sql::run(m_db,
             QStringLiteral("INSERT INTO pairing_sources (pairing_id, source_id) VALUES (?, ?)"),
             {pairingId, sourceId});
}

void SourceStore::citeForPairings(const QList<QPair<qint64, qint64>> &citations,
                                  const RowBatch::Watch &watch)
{
    RowBatch::ofLinks(QStringLiteral("pairing_sources"),
                      {QStringLiteral("pairing_id"), QStringLiteral("source_id")}, citations)
        .insert(m_db, watch);
}

void SourceStore::citeForExchange(qint64 exchangeId, qint64 sourceId)
{
    Sql::run(m_db,
             QStringLiteral("INSERT INTO exchange_sources (exchange_id, source_id) VALUES (?, ?)"),
             {exchangeId, sourceId});
}

QList<Source> SourceStore::forPairing(qint64 pairingId) const
{
    return cited(QStringLiteral("pairing_sources"), QStringLiteral("pairing_id"), pairingId);
}

QList<Source> SourceStore::forExchange(qint64 exchangeId) const
{
    return cited(QStringLiteral("exchange_sources"), QStringLiteral("exchange_id"), exchangeId);
}

QList<Source> SourceStore::cited(const QString &linkTable, const QString &ownerColumn,
                                 qint64 ownerId) const
{
    // The page that states the record comes before a list it was compiled from.
    QSqlQuery query =
        Sql::prepare(m_db, QStringLiteral("SELECT %3 FROM sources s "
                                          "JOIN %1 l ON l.source_id = s.id "
                                          "WHERE l.%2 = ? ORDER BY s.url IS NULL, s.id")
                               .arg(linkTable, ownerColumn, sourceColumns));
    query.addBindValue(ownerId);
    Sql::exec(query);
    QList<Source> sources;
    while (query.next())
        sources.append(sourceAt(query));
    return sources;
}

qint64 SourceStore::count() const
{
    QSqlQuery query = Sql::prepare(m_db, QStringLiteral("SELECT count(*) FROM sources"));
    return Sql::scalar(query).toLongLong();
}
