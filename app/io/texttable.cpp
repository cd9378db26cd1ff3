// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/texttable.h"

#include "app/io/dataerror.h"

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TextTable", text);
}
} // namespace

QString TextTable::value(int row, const QString &column) const
{
    const int index = m_columns.value(column, -1);
    return index < 0 ? QString() : m_rows.at(row).at(index).trimmed();
}

void TextTable::setHeader(const QStringList &header, int line)
{
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (m_columns.contains(name))
            throw DataError(m_fileName, line, name, tr("the header names this column twice."));
        m_columns.insert(name, i);
        m_header << name;
    }
}

void TextTable::appendRow(QStringList fields, int line)
{
    m_rows.append(std::move(fields));
    m_lines.append(line);
}

void TextTable::nameColumns(const QStringList &requiredColumns,
                            const QHash<QString, QString> &renamed)
{
    if (!renamed.isEmpty()) {
        m_columns.clear();
        for (int i = 0; i < m_header.size(); ++i)
            m_columns.insert(renamed.value(m_header.at(i), m_header.at(i)), i);
    }
    for (const QString &column : requiredColumns) {
        if (!m_columns.contains(column))
            throw DataError(m_fileName, 1, {}, tr("the header has no column “%1”.").arg(column));
    }
}
