// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// A CSV file read whole (RFC 4180: quoted fields may hold commas, doubled quotes and line
// breaks), its fields separated by commas or, when the header has more of them, semicolons.
// Every row has as many fields as the header; the line each row starts on is kept so that a
// problem can be reported where it is.
class CsvReader
{
public:
    // Reads UTF-8 text (a leading BOM is skipped). Throws DataError naming fileName and the
    // line: for invalid UTF-8 or binary bytes, an unbalanced quote, a field of more than
    // maximumField characters, a row with the wrong number of fields, an empty file, or a
    // header that names a column twice or lacks one of requiredColumns.
    // renamed: names to read columns by (file column -> name), as the import's column mapping
    // gives them; every other column keeps its own.
    CsvReader(const QByteArray &bytes, const QString &fileName,
              const QStringList &requiredColumns = {}, const QHash<QString, QString> &renamed = {});

    static constexpr int maximumField = 1 << 20;

    int rowCount() const { return static_cast<int>(m_rows.size()); }
    QStringList header() const { return m_header; } // as the file names the columns
    QChar delimiter() const { return m_delimiter; }
    int lineOf(int row) const { return m_lines.at(row); }
    // The trimmed value of a column in a row; empty for a column the header lacks.
    QString value(int row, const QString &column) const;
    QString fileName() const { return m_fileName; }

private:
    static QChar delimiterOf(const QString &text);
    void parse(const QString &text);
    void addRow(QStringList fields, int line);

    QString m_fileName;
    QHash<QString, int> m_columns;
    QStringList m_header;
    QChar m_delimiter = QLatin1Char(',');
    QList<QStringList> m_rows;
    QList<int> m_lines;
};
