// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/databaseinspection.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {
using Verdict = DatabaseInspection::Verdict;

constexpr char sqliteMagic[] = "SQLite format 3"; // and a NUL: the first 16 bytes of every file

DatabaseInspection makeVerdict(Verdict v, const QString &detail = {}, int version = 0)
{
    DatabaseInspection result;
    result.verdict = v;
    result.detail = detail;
    result.schemaVersion = version;
    return result;
}

// Reads the table list and the schema version through a read-only connection.
DatabaseInspection inspectTables(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return makeVerdict(Verdict::Corrupt, query.lastError().text());
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    if (tables.isEmpty())
        return makeVerdict(Verdict::Empty);
    if (!tables.contains(QStringLiteral("bridges_schema")))
        return makeVerdict(Verdict::NotBridges);
    if (!query.exec(QStringLiteral("SELECT max(version) FROM bridges_schema")) || !query.next())
        return makeVerdict(Verdict::Corrupt, query.lastError().text());
    const int version = query.value(0).toInt();
    // A damaged page anywhere shows here, before anything is written to the file.
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return makeVerdict(Verdict::Corrupt, query.lastError().text());
    const QString check = query.value(0).toString();
    if (check != QLatin1String("ok"))
        return makeVerdict(Verdict::Corrupt, check);
    return makeVerdict(Verdict::Bridges, {}, version);
}
} // namespace

DatabaseInspection DatabaseInspection::inspectSqliteFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeVerdict(Verdict::Missing);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeVerdict(Verdict::Unreadable, file.errorString());
    if (file.size() == 0)
        return makeVerdict(Verdict::Empty);
    const QByteArray header = file.read(16);
    file.close();
    if (header != QByteArray(sqliteMagic, sizeof sqliteMagic))
        return makeVerdict(Verdict::NotSqlite);

    const QString name = QStringLiteral("bridges-inspect-") + QUuid::createUuid().toString();
    DatabaseInspection result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        result =
            db.open() ? inspectTables(db) : makeVerdict(Verdict::Corrupt, db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
