// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/databasefile.h"

#include "app/io/dataerror.h"
#include "app/storage/database.h"
#include "app/storage/recordtables.h"
#include "app/storage/rowbatch.h"
#include "app/storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DatabaseFile {
namespace {
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

} // namespace

void write(const Database &database, QIODevice &device)
{
    device.write(QStringLiteral("{\"format\": \"%1\", \"version\": 1, \"schema\": %2,\n"
                                "\"tables\": {")
                     .arg(formatName())
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
    const Contents contents = parse(bytes, fileName);
    // A file of an earlier schema names its columns, each checked against this one; a later
    // schema may hold what this version of Bridges does not know.
    if (contents.schema < 1 || contents.schema > database.schemaVersion()) {
        throw DataError(fileName, 1, QStringLiteral("schema"),
                        tr("the file is of schema version %1, which this version of Bridges "
                           "does not know (its databases are of version %2)")
                            .arg(contents.schema)
                            .arg(database.schemaVersion()));
    }
    if (!RecordTables::allEmpty(database)) {
        throw DataError(fileName, 1, QString(),
                        tr("a whole database is loaded only into an empty one, and this one "
                           "holds records"));
    }
    qint64 count = 0;
    Transaction transaction(database);
    RecordTables::deferReferences(database);
    for (const Contents::Table &table : contents.tables) {
        const QStringList known = RecordTables::columnsOf(database, table.name);
        // A column the database computes (files of earlier versions carry the places' search
        // key) is left for it to compute again.
        QStringList columns;
        QList<qsizetype> kept;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const QString &column = table.columns.at(i);
            if (RecordTables::isDerived(column))
                continue;
            if (!known.contains(column))
                throw DataError(fileName, table.columnsLine, table.name + QLatin1Char('.') + column,
                                tr("the table has no such column"));
            columns << column;
            kept << i;
        }
        QList<QVariantList> rows = table.rows;
        if (columns.size() != table.columns.size()) {
            for (QVariantList &row : rows) {
                QVariantList values;
                for (const qsizetype i : std::as_const(kept))
                    values << row.value(i);
                row = values;
            }
        }
        try {
            RecordTables::insert(database, table.name, columns, rows);
        } catch (const RowBatch::Refused &e) {
            throw DataError(fileName, table.rowLines.value(e.row(), 1), table.name, e.message());
        }
        count += table.rows.size();
    }
    RecordTables::settleRowVersions(database);
    transaction.commit();
    return count;
}

} // namespace DatabaseFile
