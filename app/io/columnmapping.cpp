// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/columnmapping.h"

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

QStringList chosenTwice(const QHash<QString, QString> &fieldToColumn)
{
    QStringList twice;
    const QList<QString> columns = fieldToColumn.values();
    for (const QString &column : columns) {
        if (columns.count(column) > 1 && !twice.contains(column))
            twice << column;
    }
    return twice;
}

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

QHash<QString, QString> names(const QStringList &fields, const QStringList &fileColumns,
                              const QHash<QString, QString> &fieldToColumn)
{
    QHash<QString, QString> result;
    for (const QString &column : fileColumns) {
        const QString field = fieldToColumn.key(column);
        if (!field.isEmpty())
            result.insert(column, field);
        else if (fields.contains(column))
            result.insert(column, QStringLiteral("(not read) ") + column);
    }
    return result;
}

} // namespace ColumnMapping
