// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testdatabase.h"

#include "app/io/databaseopener.h"
#include "app/storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace TestSupport {

std::unique_ptr<Database> createEmpty(const QTemporaryDir &dir, const QString &name)
{
    Database::OpenError error;
    auto database = Database::openFile(dir.filePath(name), &error);
    if (!database)
        qFatal("cannot create a test database: %s", qPrintable(error.message));
    return database;
}

std::unique_ptr<Database> createWithShippedData(const QTemporaryDir &dir, const QString &name)
{
    QString error;
    auto database = DatabaseOpener::open(dir.filePath(name), &error);
    if (!database)
        qFatal("cannot create a test database: %s", qPrintable(error));
    return database;
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QVariant scalar(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        qFatal("test query failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.value(0);
}

void execute(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql))
        qFatal("test statement failed: %s: %s", qPrintable(sql),
               qPrintable(query.lastError().text()));
}

qint64 pairingId(const Database &database, const QString &chinese, const QString &us)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT p.id FROM pairings p JOIN places c ON c.id = "
                                 "p.chinese_place_id JOIN places u ON u.id = p.us_place_id WHERE "
                                 "c.name_en = ? AND u.name_en = ?"));
    query.addBindValue(chinese);
    query.addBindValue(us);
    if (!query.exec())
        qFatal("%s", qPrintable(query.lastError().text()));
    return query.next() ? query.value(0).toLongLong() : 0;
}

QString dump(const Database &database)
{
    // The full-text index is checked against its table rather than listed: FTS5 fails this
    // command when the two disagree.
    execute(database, QStringLiteral("INSERT INTO exchanges_search(exchanges_search) "
                                     "VALUES('integrity-check')"));
    // Left out: the counters that only go up (the ids and row versions given), which undo
    // rightly does not wind back.
    QStringList lines;
    QSqlQuery tables(database.connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite_%' AND name NOT LIKE 'exchanges_search_%' AND name <> "
                               "'row_version_counter' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(database.connection());
        if (!rows.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            qFatal("%s", qPrintable(table));
        QStringList tableLines;
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values << (rows.value(i).isNull() ? QStringLiteral("∅") : rows.value(i).toString());
            tableLines << table + QLatin1Char('|') + values.join(QLatin1Char('|'));
        }
        tableLines.sort();
        lines << tableLines;
    }
    return lines.join(QLatin1Char('\n'));
}

QString dataFile(const QString &name)
{
    return QDir(QStringLiteral(BRIDGES_TEST_DATA)).filePath(name);
}

} // namespace TestSupport
