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

QHash<QString, QString> names(const QStringList &fileColumns,
                              const QHash<QString, QString> &fieldToColumn)
{
    QHash<QString, QString> result;
    for (const QString &column : fileColumns) {
        const QString field = fieldToColumn.key(column);
        if (!field.isEmpty())
            result.insert(column, field);
        else if (fieldToColumn.contains(column))
            result.insert(column, QStringLiteral("(not read) ") + column);
    }
    return result;
}

} // namespace ColumnMapping
