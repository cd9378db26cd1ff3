// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/filledvalues.h"

#include "app/storage/conflicterror.h"
#include "app/storage/database.h"
#include "app/storage/rowversions.h"
#include "app/storage/sqlquery.h"

#include <QCoreApplication>

namespace {
QString changedSince()
{
    return QCoreApplication::translate(
        "FilledValues", "A record this import filled in has been changed since (here or "
                        "elsewhere). Nothing was taken back: undo that change first.");
}

QString changedBeforeFilling()
{
    return QCoreApplication::translate(
        "FilledValues", "A record the import was to fill in has been changed meanwhile (here or "
                        "elsewhere). Nothing was imported: look at the file again.");
}

// Sets the columns of one record, if it is at version now, giving it version after; throws
// ConflictError with conflict if it is not.
void set(const QSqlDatabase &db, const QString &table, qint64 id, const QStringList &columns,
         const QVariantList &values, int now, int after, const QString &conflict)
{
    QStringList assignments;
    for (const QString &column : columns)
        assignments << column + QStringLiteral(" = ?");
    QVariantList bound = values;
    bound << after << id << now;
    Sql::runOnRecordAsRead(db,
                           QStringLiteral("UPDATE %1 SET %2, row_version = ? WHERE id = ? AND "
                                          "row_version = ?")
                               .arg(table, assignments.join(QStringLiteral(", "))),
                           bound, conflict);
}

QString ownerColumn(const QString &table)
{
    return table == QLatin1String("pairing_sources") ? QStringLiteral("pairing_id")
                                                     : QStringLiteral("exchange_id");
}

void cite(const QSqlDatabase &db, const FilledValues::Citation &citation)
{
    Sql::run(db,
             QStringLiteral("INSERT INTO %1 (%2, source_id) VALUES (?, ?)")
                 .arg(citation.table, ownerColumn(citation.table)),
             {citation.ownerId, citation.sourceId});
}
} // namespace

FilledValues FilledValues::write(const Database &database, const QList<Fill> &fills,
                                 const QList<Citation> &citations)
{
    const QSqlDatabase db = database.connection();
    FilledValues filled;
    for (const Fill &fill : fills) {
        Done done{fill, RowSnapshot::capture(db, fill.table, QStringLiteral("id = ?"), {fill.id}),
                  RowVersions::next(db)};
        set(db, fill.table, fill.id, fill.columns, fill.values, fill.version, done.versionAfter,
            changedBeforeFilling());
        filled.m_done << done;
    }
    for (const Citation &citation : citations)
        cite(db, citation);
    filled.m_citations = citations;
    return filled;
}

void FilledValues::takeBack(const Database &database) const
{
    const QSqlDatabase db = database.connection();
    for (const Citation &citation : m_citations) {
        Sql::run(db,
                 QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND source_id = ?")
                     .arg(citation.table, ownerColumn(citation.table)),
                 {citation.ownerId, citation.sourceId});
    }
    for (const Done &done : m_done) {
        // Every column as it was, and the version it had.
        QStringList columns;
        QVariantList values;
        for (qsizetype i = 0; i < done.before.columns().size(); ++i) {
            const QString &column = done.before.columns().at(i);
            if (column != QLatin1String("id") && column != QLatin1String("row_version")) {
                columns << column;
                values << done.before.rows().constFirst().at(i);
            }
        }
        set(db, done.fill.table, done.fill.id, columns, values, done.versionAfter,
            done.fill.version, changedSince());
    }
}

void FilledValues::putBack(const Database &database) const
{
    const QSqlDatabase db = database.connection();
    for (const Done &done : m_done) {
        set(db, done.fill.table, done.fill.id, done.fill.columns, done.fill.values,
            done.fill.version, done.versionAfter, changedBeforeFilling());
    }
    for (const Citation &citation : m_citations)
        cite(db, citation);
}
