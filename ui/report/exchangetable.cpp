// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/exchangetable.h"

#include "app/domain/vocabulary.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QTextDocument>

namespace ExchangeTable {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ExchangeTable", text);
}

QString cell(const QString &text, int widthPercent = 0)
{
    const QString width =
        widthPercent ? QStringLiteral(" width=\"%1%\"").arg(widthPercent) : QString();
    return QStringLiteral("<td%1>%2</td>").arg(width, text.toHtmlEscaped());
}
} // namespace

std::unique_ptr<QTextDocument> piece(const QList<ExchangeSummary> &exchanges, int first, int count,
                                     const Layout &layout)
{
    QString html =
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"
                       "<thead><tr style=\"background-color: #ececec; font-weight: bold\">");
    html += cell(tr("Date"), 17) + cell(tr("Title"), 51) + cell(tr("Field"), 16) +
            cell(tr("Mode"), 16) + QStringLiteral("</tr></thead>");
    const int last = std::min<int>(first + count, int(exchanges.size()));
    for (int row = first; row < last; ++row) {
        const ExchangeSummary &exchange = exchanges.at(row);
        // Every other row shaded, so that a wrapped title is read with its own date.
        html += row % 2 ? QStringLiteral("<tr style=\"background-color: #f4f4f4\">")
                        : QStringLiteral("<tr>");
        html +=
            cell(exchange.date.isNull() ? tr("date not known") : exchange.date.toDisplayString());
        html += cell(exchange.title);
        html += cell(Vocabulary::displayNameOfFieldKey(exchange.field));
        html += cell(Vocabulary::displayNameOfModeKey(exchange.mode));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(layout.device);
    document->setDefaultFont(layout.font);
    document->setDocumentMargin(0);
    document->setHtml(html);
    document->setTextWidth(layout.width);
    return document;
}

int rowsFitting(const QList<ExchangeSummary> &exchanges, int first, qreal height,
                const Layout &layout)
{
    // The height grows with the rows: the most that fit, found by halving.
    int low = 0;
    int high = int(exchanges.size()) - first;
    while (low < high) {
        const int middle = (low + high + 1) / 2;
        if (piece(exchanges, first, middle, layout)->size().height() <= height)
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}

} // namespace ExchangeTable
