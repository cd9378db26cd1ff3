// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/io/texttable.h"

#include <QList>

// Some rows of another table, under the same columns and each with its own line: the rows of
// an edition that a database takes, read as a file of their own would be.
class RowSelection : public TextTable
{
public:
    RowSelection(const TextTable &table, const QList<int> &rows) : TextTable(table.fileName())
    {
        const QStringList header = table.header();
        setHeader(header, 1);
        for (const int row : rows) {
            QStringList fields;
            fields.reserve(header.size());
            for (const QString &column : header)
                fields << table.value(row, column);
            appendRow(fields, table.lineOf(row));
        }
    }
};
