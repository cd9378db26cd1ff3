// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// What poppler's tools (poppler-utils) read from a PDF file, as a reader's program would: the
// text drawn on its pages and what pdfinfo says of it. A tool that fails returns its error.
namespace PdfText {

struct Result
{
    bool ok = false;
    QString text; // stdout, or what went wrong
};

inline Result run(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        return {false, tool + QStringLiteral(" failed: ") + process.errorString() +
                           QString::fromLocal8Bit(process.readAllStandardError())};
    }
    return {true, QString::fromUtf8(process.readAllStandardOutput())};
}

// The text of every page, its white space made single spaces (a title wrapped in a table's
// cell reads as one line).
inline Result text(const QString &pdf)
{
    Result result =
        run(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (result.ok)
        result.text = result.text.simplified();
    return result;
}

// A field of pdfinfo ("Pages", "Page size", "Title"), or empty.
inline QString info(const QString &pdf, const QString &field)
{
    const Result result = run(QStringLiteral("pdfinfo"), {pdf});
    if (!result.ok)
        return {};
    const QRegularExpression line(
        QStringLiteral("^%1:\\s*(.*)$").arg(QRegularExpression::escape(field)),
        QRegularExpression::MultilineOption);
    return line.match(result.text).captured(1).trimmed();
}

} // namespace PdfText
