// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/io/texttable.h"

#include <QList>
#include <QPair>

// A CSV file read whole (RFC 4180: quoted fields may hold commas, doubled quotes and line
// breaks), its fields separated by commas or, when the header has more of them, semicolons.
// Every row has as many fields as the header; the line each row starts on is kept so that a
// problem can be reported where it is.
class CsvReader : public TextTable
{
public:
    // Reads UTF-8 text (a leading BOM is skipped). Throws DataError naming fileName and the
    // line: for invalid UTF-8 or binary bytes, an unbalanced quote, a field of more than
    // maximumField characters, a row with the wrong number of fields, an empty file, or a
    // header that names a column twice or lacks one of requiredColumns.
    // renamed: names to read columns by (file column -> name), as the import's column mapping
    // gives them; every other column keeps its own.
    // A quote never closed refuses the file, or, for a user's file being imported, leaves its
    // row unread (unreadRows(), its line and column named) and the lines after the quote's are
    // read as rows again: the quote was most likely a stray one. One in the header still
    // refuses the file: without its columns nothing can be read.
    enum class OnUnclosedQuote { RefuseFile, SkipRow };
    CsvReader(const QByteArray &bytes, const QString &fileName,
              const QStringList &requiredColumns = {}, const QHash<QString, QString> &renamed = {},
              OnUnclosedQuote onUnclosedQuote = OnUnclosedQuote::RefuseFile);

    static constexpr int maximumField = 1 << 20;

    QChar delimiter() const { return m_delimiter; }

private:
    static QChar delimiterOf(const QString &text);
    void parse(const QString &text);
    void addRow(QStringList fields, int line);

    QChar m_delimiter = QLatin1Char(',');
    OnUnclosedQuote m_onUnclosedQuote = OnUnclosedQuote::RefuseFile;
    // The rows left unread: the quote's line and the index of its column.
    QList<QPair<int, int>> m_unclosed;
};
