// SPDX-License-Identifier: GPL-3.0-or-later
// DatabaseFile::parse, apart from the database code so that the fuzzer can read files with it
// alone (tests/fuzz).
#include "app/io/databasefile.h"
#include "app/io/dataerror.h"
#include "app/io/jsonlines.h"
#include "app/storage/recordtables.h"

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

QVariant fromJson(const QJsonValue &value)
{
    return value.isNull() ? QVariant() : value.toVariant();
}
} // namespace

Contents parse(const QByteArray &bytes, const QString &fileName)
{
    const QJsonDocument document = JsonLines::document(bytes, fileName);
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatName()) {
        throw DataError(
            fileName, 1, QStringLiteral("format"),
            tr("this is not a whole Bridges database (“format” is not “%1”)").arg(formatName()));
    }
    Contents contents;
    contents.schema = root.value(QStringLiteral("schema")).toInt();
    const JsonLines::Lines lines = JsonLines::of(bytes);
    const auto path = [](const QString &table, const char *part) {
        return QStringLiteral("tables/") + table + QLatin1Char('/') + QLatin1String(part);
    };
    const QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        if (!RecordTables::names().contains(it.key())) {
            throw DataError(fileName, lines.starts.value(QStringLiteral("tables/") + it.key(), 1),
                            it.key(), tr("Bridges has no such table"));
        }
    }
    // In the order the rows can go in, whatever the file's order.
    for (const QString &name : RecordTables::names()) {
        if (!tables.contains(name))
            continue;
        const QJsonObject part = tables.value(name).toObject();
        Contents::Table table;
        table.name = name;
        table.columnsLine = lines.starts.value(path(name, "columns"), 1);
        table.rowLines = lines.elementLines.value(path(name, "rows"));
        for (const QJsonValue &column : part.value(QStringLiteral("columns")).toArray())
            table.columns << column.toString();
        const QJsonArray given = part.value(QStringLiteral("rows")).toArray();
        for (qsizetype index = 0; index < given.size(); ++index) {
            const QJsonArray values = given.at(index).toArray();
            if (values.size() != table.columns.size()) {
                throw DataError(fileName, table.rowLines.value(index, 1), name,
                                tr("row %1 has %2 values for %3 columns")
                                    .arg(index + 1)
                                    .arg(values.size())
                                    .arg(table.columns.size()));
            }
            QVariantList row;
            for (const QJsonValue &value : values)
                row << fromJson(value);
            table.rows << row;
        }
        contents.tables << table;
    }
    return contents;
}

} // namespace DatabaseFile
