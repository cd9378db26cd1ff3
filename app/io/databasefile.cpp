// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/databasefile.h"

#include "app/io/dataerror.h"
#include "app/storage/database.h"
#include "app/storage/recordtables.h"
#include "app/storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DatabaseFile {
namespace {
const QString formatName = QStringLiteral("bridges-database");

QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseFile", text);
}

QJsonValue toJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    default:
        return value.toString();
    }
}

QVariant fromJson(const QJsonValue &value)
{
    if (value.isNull())
        return QVariant();
    return value.toVariant();
}
} // namespace

void write(const Database &database, QIODevice &device)
{
    device.write(QStringLiteral("{\"format\": \"%1\", \"version\": 1, \"schema\": %2,\n"
                                "\"tables\": {")
                     .arg(formatName)
                     .arg(database.schemaVersion())
                     .toUtf8());
    bool firstTable = true;
    for (const QString &table : RecordTables::names()) {
        const QJsonArray columns =
            QJsonArray::fromStringList(RecordTables::columnsOf(database, table));
        device.write(firstTable ? "\n" : ",\n");
        firstTable = false;
        device.write(QStringLiteral("\"%1\": {\"columns\": ").arg(table).toUtf8());
        device.write(QJsonDocument(columns).toJson(QJsonDocument::Compact));
        device.write(", \"rows\": [");
        bool firstRow = true;
        RecordTables::eachRow(database, table, [&](const QVariantList &values) {
            QJsonArray row;
            for (const QVariant &value : values)
                row.append(toJson(value));
            device.write(firstRow ? "\n" : ",\n");
            firstRow = false;
            device.write(QJsonDocument(row).toJson(QJsonDocument::Compact));
        });
        device.write("]}");
    }
    device.write("\n}}\n");
}

qint64 read(Database &database, const QByteArray &bytes, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(bytes.left(parseError.offset).count('\n')) + 1;
        throw DataError(fileName, line, QString(),
                        tr("this is not JSON (%1)").arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatName) {
        throw DataError(
            fileName, 1, QStringLiteral("format"),
            tr("this is not a whole Bridges database (“format” is not “%1”)").arg(formatName));
    }
    const int schema = root.value(QStringLiteral("schema")).toInt();
    if (schema != database.schemaVersion()) {
        throw DataError(fileName, 1, QStringLiteral("schema"),
                        tr("the file is of schema version %1, this database of version %2")
                            .arg(schema)
                            .arg(database.schemaVersion()));
    }
    if (!RecordTables::allEmpty(database)) {
        throw DataError(fileName, 1, QString(),
                        tr("a whole database is loaded only into an empty one, and this one "
                           "holds records"));
    }
    const QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        if (!RecordTables::names().contains(it.key()))
            throw DataError(fileName, 1, it.key(), tr("Bridges has no such table"));
    }
    qint64 count = 0;
    Transaction transaction(database);
    RecordTables::deferReferences(database);
    for (const QString &table : RecordTables::names()) {
        const QJsonObject part = tables.value(table).toObject();
        QStringList columns;
        for (const QJsonValue &column : part.value(QStringLiteral("columns")).toArray())
            columns << column.toString();
        const QStringList known = RecordTables::columnsOf(database, table);
        for (const QString &column : columns) {
            if (!known.contains(column))
                throw DataError(fileName, 1, table + QLatin1Char('.') + column,
                                tr("the table has no such column"));
        }
        QList<QVariantList> rows;
        const QJsonArray given = part.value(QStringLiteral("rows")).toArray();
        for (qsizetype index = 0; index < given.size(); ++index) {
            const QJsonArray values = given.at(index).toArray();
            if (values.size() != columns.size()) {
                throw DataError(fileName, 1, table,
                                tr("row %1 has %2 values for %3 columns")
                                    .arg(index + 1)
                                    .arg(values.size())
                                    .arg(columns.size()));
            }
            QVariantList row;
            for (const QJsonValue &value : values)
                row << fromJson(value);
            rows << row;
        }
        RecordTables::insert(database, table, columns, rows);
        count += rows.size();
    }
    RecordTables::settleRowVersions(database);
    transaction.commit();
    return count;
}

} // namespace DatabaseFile
