// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/io/dataerror.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The records of a file as rows of text under named columns, however the file writes them (a
// CSV file, a JSON list), each row with the line it starts on so that a problem can be
// reported where it is. Every row has a value for every column.
class TextTable
{
public:
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    QStringList header() const { return m_header; } // as the file names the columns
    int lineOf(int row) const { return m_lines.at(row); }
    // The trimmed value of a column in a row; empty for a column the file lacks.
    QString value(int row, const QString &column) const;
    QString fileName() const { return m_fileName; }
    // The rows that could not be read as rows at all (a quote never closed), each with its
    // line, when the reader was asked to read on past them; the rows after them are read.
    const QList<DataError> &unreadRows() const { return m_unreadRows; }

protected:
    explicit TextTable(QString fileName) : m_fileName(std::move(fileName)) {}
    // The header, as the file gives it; throws DataError for a column named twice.
    void setHeader(const QStringList &header, int line);
    bool hasHeader() const { return !m_header.isEmpty(); }
    void appendRow(QStringList fields, int line);
    // Reads the columns by other names where renamed says (file column -> name), then checks
    // that each required column is there; throws DataError.
    void nameColumns(const QStringList &requiredColumns, const QHash<QString, QString> &renamed);
    int columnCount() const { return int(m_header.size()); }
    void addUnreadRow(const DataError &problem) { m_unreadRows << problem; }

private:
    QString m_fileName;
    QHash<QString, int> m_columns;
    QStringList m_header;
    QList<QStringList> m_rows;
    QList<int> m_lines;
    QList<DataError> m_unreadRows;
};
