// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/databaseinspection.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace {
using Verdict = DatabaseInspection::Verdict;

constexpr char sqliteMagic[] = "SQLite format 3"; // and a NUL: the first 16 bytes of every file
constexpr qint64 thoroughCheckLimit = 32 * 1024 * 1024;

quint32 bigEndian(const QByteArray &bytes, int offset)
{
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<quint8>(bytes.at(offset + i));
    return value;
}

// The header records the page size and, when it is current, the number of pages: a file
// shorter than that was cut off (an interrupted copy, a full disk).
bool isCutOff(const QByteArray &header, qint64 size)
{
    const quint32 rawPageSize =
        (static_cast<quint8>(header.at(16)) << 8) | static_cast<quint8>(header.at(17));
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 pages = bigEndian(header, 28);
    const bool pagesCurrent = bigEndian(header, 24) == bigEndian(header, 92) && pages > 0;
    return pagesCurrent && pageSize > 0 && pages * pageSize > size;
}

DatabaseInspection makeVerdict(Verdict v, const QString &detail = {}, int version = 0)
{
    DatabaseInspection result;
    result.verdict = v;
    result.detail = detail;
    result.schemaVersion = version;
    return result;
}

// Reads the table list and the schema version through a read-only connection.
DatabaseInspection inspectTables(QSqlDatabase db, bool thoroughly)
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
    // The first page of every table and index must read: a damaged root shows here.
    for (const QString &table : std::as_const(tables)) {
        if (!query.exec(QStringLiteral("SELECT 1 FROM \"%1\" LIMIT 1").arg(table)))
            return makeVerdict(Verdict::Corrupt, query.lastError().text());
    }
    // A whole check reads every page: done for files that read in a moment (the shipped data
    // makes about a megabyte), left to "bridges check" for large ones.
    if (thoroughly) {
        if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
            return makeVerdict(Verdict::Corrupt, query.lastError().text());
        const QString check = query.value(0).toString();
        if (check != QLatin1String("ok"))
            return makeVerdict(Verdict::Corrupt, check);
    }
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
    const QByteArray header = file.read(100);
    const qint64 size = file.size();
    file.close();
    if (!header.startsWith(QByteArray(sqliteMagic, sizeof sqliteMagic)))
        return makeVerdict(Verdict::NotSqlite);
    if (header.size() == 100 && isCutOff(header, size))
        return makeVerdict(Verdict::Corrupt,
                           QCoreApplication::translate("DatabaseInspection",
                                                       "the file is shorter than its header says"));

    const QString name = QStringLiteral("bridges-inspect-") + QUuid::createUuid().toString();
    DatabaseInspection result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // immutable: SQLite reads the file alone and creates no -wal or -shm file beside it,
        // so looking at a file that is then refused leaves nothing behind, even on
        // read-only media.
        QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        uri.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        result = db.open() ? inspectTables(db, size <= thoroughCheckLimit)
                           : makeVerdict(Verdict::Corrupt, db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
