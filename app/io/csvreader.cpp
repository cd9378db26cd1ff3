// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/csvreader.h"

#include "app/io/dataerror.h"

#include <QStringDecoder>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CsvReader", text);
}
} // namespace

CsvReader::CsvReader(const QByteArray &bytes, const QString &fileName,
                     const QStringList &requiredColumns, const QHash<QString, QString> &renamed,
                     OnUnclosedQuote onUnclosedQuote)
    : TextTable(fileName), m_onUnclosedQuote(onUnclosedQuote)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Name the first line that does not decode; a UTF-8 sequence never holds a newline byte.
        const QList<QByteArray> lines = bytes.split('\n');
        int line = 1;
        for (; line <= lines.size(); ++line) {
            QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
            const QString decoded = lineDecoder.decode(lines.at(line - 1));
            if (lineDecoder.hasError())
                break;
        }
        throw DataError(fileName, line, {}, tr("the text is not UTF-8."));
    }
    // Text, not a binary file: no NUL bytes or other control characters but tab and line ends.
    int line = 1;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            ++line;
        else if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
            throw DataError(fileName, line, {},
                            tr("the file holds binary data (byte %1), not text.")
                                .arg(c.unicode(), 2, 16, QLatin1Char('0')));
    }
    m_delimiter = delimiterOf(text);
    parse(text);
    if (!hasHeader())
        throw DataError(fileName, 1, {}, tr("the file is empty; a header line was expected."));
    nameColumns(requiredColumns, renamed);
    // Named by the field the column is read as, as the other problems of the import are.
    for (const auto &[line, column] : std::as_const(m_unclosed)) {
        const QString name = header().value(column);
        addUnreadRow(DataError(fileName, line, renamed.value(name, name),
                               tr("a quoted field is never closed.")));
    }
}

QChar CsvReader::delimiterOf(const QString &text)
{
    // The header line decides: a spreadsheet in a locale that writes 3,5 for three and a half
    // separates fields with semicolons.
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

void CsvReader::parse(const QString &text)
{
    QStringList fields;
    QString field;
    bool blank = true; // the field holds nothing but spaces (kept, not computed, for speed)
    const auto append = [&field, &blank](QChar c) {
        field += c;
        blank = blank && c.isSpace();
    };
    bool quoted = false;
    int line = 1;
    int rowLine = 1;
    int quoteLine = 1;
    qsizetype quoteAt = 0;    // where the quote being read opened
    qsizetype quoteField = 0; // and in which field of its row
    qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    // Read again after a quote never closed, from the line after the quote's.
    for (;;) {
        for (; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == QLatin1Char('"')) {
                    if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                        append(c);
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == QLatin1Char('\n'))
                        ++line;
                    append(c);
                }
                if (field.size() > maximumField) {
                    throw DataError(fileName(), quoteLine, {},
                                    tr("a field longer than %1 characters: is this the right file?")
                                        .arg(maximumField));
                }
            } else if (c == QLatin1Char('"') && blank) {
                field.clear(); // a space before an opening quote, as in a, "b", is not part of it
                quoted = true;
                quoteLine = line;
                quoteAt = i;
                quoteField = fields.size();
            } else if (c == m_delimiter) {
                fields << field;
                field.clear();
                blank = true;
            } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                    text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
                fields << field;
                field.clear();
                blank = true;
                addRow(fields, rowLine);
                fields.clear();
                rowLine = ++line;
            } else {
                append(c);
                if (field.size() > maximumField) {
                    throw DataError(fileName(), rowLine, {},
                                    tr("a field longer than %1 characters: is this the right file?")
                                        .arg(maximumField));
                }
            }
        }
        if (!quoted)
            break;
        if (m_onUnclosedQuote == OnUnclosedQuote::RefuseFile || !hasHeader())
            throw DataError(fileName(), quoteLine, {}, tr("a quoted field is never closed."));
        m_unclosed.append({quoteLine, int(quoteField)});
        quoted = false;
        fields.clear();
        field.clear();
        blank = true;
        qsizetype end = quoteAt;
        while (end < text.size() && text.at(end) != QLatin1Char('\n') &&
               text.at(end) != QLatin1Char('\r'))
            ++end;
        if (end + 1 < text.size() && text.at(end) == QLatin1Char('\r') &&
            text.at(end + 1) == QLatin1Char('\n'))
            ++end;
        i = end + 1;
        line = quoteLine + 1;
        rowLine = line;
    }
    if (!field.isEmpty() || !fields.isEmpty()) {
        fields << field;
        addRow(fields, rowLine);
    }
}

void CsvReader::addRow(QStringList fields, int line)
{
    if (fields.size() == 1 && fields.first().trimmed().isEmpty())
        return; // a blank line
    if (!hasHeader()) {
        setHeader(fields, line);
        return;
    }
    if (fields.size() != columnCount()) {
        throw DataError(
            fileName(), line, {},
            tr("%1 fields where the header has %2.").arg(fields.size()).arg(columnCount()));
    }
    appendRow(std::move(fields), line);
}
