// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/recordwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
// One JSON value as text: QJsonDocument writes only arrays and objects, so the value is
// written in an array and the brackets taken off.
QByteArray jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}
} // namespace

RecordWriter::RecordWriter(QIODevice &device, Format format, const QStringList &columns,
                           const QSet<QString> &numericColumns)
    : m_device(device), m_format(format), m_columns(columns), m_numeric(numericColumns)
{
    if (m_format == Format::Csv)
        m_device.write(csvLine(columns));
    else
        m_device.write("[");
}

QByteArray RecordWriter::csvLine(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        const QByteArray field = fields.at(i).toUtf8();
        if (field.contains(',') || field.contains('"') || field.contains('\n') ||
            field.contains('\r')) {
            line += '"' + QByteArray(field).replace("\"", "\"\"") + '"';
        } else {
            line += field;
        }
    }
    return line + "\r\n";
}

void RecordWriter::write(const QStringList &values)
{
    if (m_format == Format::Csv) {
        m_device.write(csvLine(values));
    } else {
        // An object with the keys in the columns' order (QJsonObject would sort them).
        QByteArray object = "{";
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const QString value = values.value(i);
            const QString &column = m_columns.at(i);
            QJsonValue json;
            if (value.isEmpty())
                json = QJsonValue::Null;
            else if (m_numeric.contains(column))
                json = value.toDouble();
            else
                json = value;
            if (i > 0)
                object += ',';
            object += jsonText(column) + ':' + jsonText(json);
        }
        m_device.write(m_rows == 0 ? "\n" : ",\n");
        m_device.write(object + '}');
    }
    ++m_rows;
}

void RecordWriter::finish()
{
    if (m_format == Format::Json)
        m_device.write("\n]\n");
}
