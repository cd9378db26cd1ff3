// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QSet>
#include <QStringList>

// Writes rows of text under named columns as CSV (RFC 4180: UTF-8, a header line, fields
// quoted where they hold a comma, a quote or a line break) or as JSON (an array of objects
// keyed by column; an empty value is null, and the numeric columns are numbers).
class RecordWriter
{
public:
    enum class Format { Csv, Json };

    RecordWriter(QIODevice &device, Format format, const QStringList &columns,
                 const QSet<QString> &numericColumns = {});
    void write(const QStringList &values);
    void finish(); // closes the JSON array; call once after the last row
    qint64 rows() const { return m_rows; }

    static QByteArray csvLine(const QStringList &fields);

private:
    QIODevice &m_device;
    Format m_format;
    QStringList m_columns;
    QSet<QString> m_numeric;
    qint64 m_rows = 0;
};
