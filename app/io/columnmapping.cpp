// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/columnmapping.h"

#include "app/io/recordwriter.h"

namespace ColumnMapping {
namespace {
QString folded(const QString &name)
{
    QString result;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            result += c.toLower();
    }
    return result;
}
} // namespace

QHash<QString, QString> guess(const QStringList &fields, const QStringList &fileColumns)
{
    QHash<QString, QString> mapping;
    for (const QString &field : fields) {
        for (const QString &column : fileColumns) {
            if (folded(column) == folded(field)) {
                mapping.insert(field, column);
                break;
            }
        }
    }
    return mapping;
}

QByteArray apply(const QByteArray &bytes, const QStringList &fileColumns, QChar delimiter,
                 const QHash<QString, QString> &fieldToColumn)
{
    QStringList header = fileColumns;
    // A column no field takes keeps its name, unless that is a field's name now given to
    // another column: then it is set aside, so that the field is read from one column only.
    for (QString &name : header) {
        const QString field = fieldToColumn.key(name);
        if (!field.isEmpty())
            name = field;
        else if (fieldToColumn.contains(name))
            name = QStringLiteral("(not read) ") + name;
    }
    QByteArray line = RecordWriter::csvLine(header).chopped(2); // without its line end
    if (delimiter != QLatin1Char(',')) {
        // csvLine quotes names holding a comma, so the commas outside quotes are separators.
        bool quoted = false;
        for (char &c : line) {
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && c == ',')
                c = char(delimiter.toLatin1());
        }
    }
    // The rest of the file from the header's line end on ("\r\n" or "\n"), as it was.
    qsizetype end = bytes.indexOf('\n');
    if (end < 0)
        return line;
    if (end > 0 && bytes.at(end - 1) == '\r')
        --end;
    return line + bytes.mid(end);
}

} // namespace ColumnMapping
