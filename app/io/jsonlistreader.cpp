// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/jsonlistreader.h"

#include "app/io/dataerror.h"
#include "app/io/jsonlines.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("JsonListReader", text);
}
} // namespace

JsonListReader::JsonListReader(const QByteArray &bytes, const QString &fileName,
                               const QStringList &requiredColumns,
                               const QHash<QString, QString> &renamed)
    : TextTable(fileName)
{
    const QJsonDocument document = JsonLines::document(bytes, fileName);
    if (!document.isArray()) {
        throw DataError(fileName, 1, {},
                        tr("this is not a list of records: a JSON array of objects, as Bridges "
                           "exports a list, was expected."));
    }
    const QJsonArray items = document.array();
    if (items.isEmpty())
        throw DataError(fileName, 1, {}, tr("the list holds no records."));
    const JsonLines::Lines where = JsonLines::of(bytes);
    const QList<int> lines = where.elementLines.value(QString());
    // The columns: every key of every object, in the order the file first gives them (Qt's
    // objects keep their keys in alphabetical order).
    QStringList header = where.keys.value(QStringLiteral("[]"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            throw DataError(fileName, lines.value(i, 1), {},
                            tr("item %1 of the list is not a record (an object).").arg(i + 1));
        }
        for (const QString &key : items.at(i).toObject().keys()) {
            if (!header.contains(key))
                header << key;
        }
    }
    setHeader(header, 1);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        QStringList fields;
        fields.reserve(header.size());
        for (const QString &key : std::as_const(header)) {
            const QJsonValue value = item.value(key);
            switch (value.type()) {
            case QJsonValue::String:
                fields << value.toString();
                break;
            case QJsonValue::Double:
                fields << QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
                break;
            case QJsonValue::Bool:
                fields << (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
                break;
            case QJsonValue::Array:
            case QJsonValue::Object:
                throw DataError(fileName, lines.value(i, 1), key,
                                tr("a list or an object where a text or a number was expected."));
            default:
                fields << QString();
            }
        }
        appendRow(std::move(fields), lines.value(i, 1));
    }
    nameColumns(requiredColumns, renamed);
}
