// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/reportpainter.h"

#include "app/domain/vocabulary.h"
#include "app/models/mapmodel.h"
#include "app/models/timelineseries.h"
#include "ui/chart/chartcaptions.h"
#include "ui/chart/chartfile.h"
#include "ui/chart/timelinechart.h"
#include "ui/map/mapfile.h"
#include "ui/panes/pairingfacts.h"
#include "ui/panes/placetext.h"
#include "ui/report/exchangetable.h"
#include "ui/report/pairingreport.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ReportPainter", text, disambiguation, n);
}

constexpr qreal gap = 10; // between blocks
constexpr qreal chartHeight = 230;
constexpr qreal mapHeightAtMost = 290;
const QColor ink(0x20, 0x20, 0x20);
const QColor quiet(0x5a, 0x5a, 0x5a);

QFont sized(const QFont &base, qreal points, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// A row of the facts: the label, and its value already in rich text.
QString factRow(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td width=\"24%\" style=\"color: #5a5a5a\">%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}
} // namespace

ReportPainter::ReportPainter(const PairingReport &report, QPaintDevice *device, const QSizeF &page)
    : m_report(report), m_device(device), m_page(page)
{
    const QFont base = QGuiApplication::font();
    m_body = sized(base, 9.5);
    m_title = sized(base, 18, true);
    m_heading = sized(base, 11.5, true);
    m_small = sized(base, 7.5);
    m_mapFont = sized(base, 8);
    m_bottom = m_page.height() - QFontMetricsF(m_small, m_device).lineSpacing() * 2 - 6;
    layOut();
}

ReportPainter::~ReportPainter() = default;

std::shared_ptr<QTextDocument> ReportPainter::factsDocument() const
{
    const PairingDetail &detail = m_report.detail();
    const Pairing &pairing = detail.pairing;
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    html += factRow(tr("In China"), PlaceText::describe(detail.chinesePlace, detail.chineseRegion));
    html +=
        factRow(tr("In the United States"), PlaceText::describe(detail.usPlace, detail.usRegion));
    html += factRow(tr("Relation"),
                    Vocabulary::displayNameOfRelationKey(pairing.relation).toHtmlEscaped());
    html += factRow(tr("Level"), Vocabulary::displayNameOfLevelKey(pairing.level).toHtmlEscaped());
    // As the window's detail says them.
    html += factRow(tr("Established"), PairingFacts::established(pairing).toHtmlEscaped());
    html += factRow(tr("Status"), PairingFacts::status(pairing).toHtmlEscaped());
    html += factRow(tr("Notes"), PairingFacts::notes(pairing).toHtmlEscaped());
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style=\"margin-top: 10px; font-size: 11.5pt\"><b>%1</b></p>")
                .arg(tr("Sources (%n)", nullptr, int(detail.sources.size())).toHtmlEscaped());
    if (detail.sources.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No source is recorded.").toHtmlEscaped());
    int number = 0;
    for (const Source &source : detail.sources) {
        QString name = source.title.isEmpty() ? source.url : source.title;
        if (!source.publisher.isEmpty() && !source.title.isEmpty())
            name = tr("%1 — %2").arg(source.title, source.publisher);
        QString line = QStringLiteral("%1. %2").arg(++number).arg(name.toHtmlEscaped());
        // The address written out in full: on paper a link is only what it says.
        if (!source.url.isEmpty() && !source.title.isEmpty()) {
            line += QStringLiteral("<br><span style=\"color: #1f5fa8\">%1</span>")
                        .arg(source.url.toHtmlEscaped());
        }
        html += QStringLiteral("<p style=\"margin-top: 3px\">%1</p>").arg(line);
    }
    auto document = std::make_shared<QTextDocument>();
    document->documentLayout()->setPaintDevice(m_device);
    document->setDefaultFont(m_body);
    document->setDocumentMargin(0);
    document->setHtml(html);
    document->setTextWidth(m_page.width());
    return document;
}

bool ReportPainter::newPage()
{
    if (m_current + 1 >= maximumPages)
        return false;
    ++m_current;
    m_pageCount = m_current + 1;
    m_y = 0;
    return true;
}

bool ReportPainter::place(Block block, qreal height, qreal keepWith)
{
    if (m_y > 0 && m_y + height + keepWith > m_bottom && !newPage())
        return false;
    block.page = m_current;
    block.rect = QRectF(0, m_y, m_page.width(), height);
    m_blocks << block;
    m_y += height + gap;
    return true;
}

void ReportPainter::layOut()
{
    const QFontMetricsF titleMetrics(m_title, m_device);
    const QFontMetricsF headingMetrics(m_heading, m_device);
    const QFontMetricsF smallMetrics(m_small, m_device);
    const PairingDetail &detail = m_report.detail();
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

    // Both places by both names.
    const QString title = tr("%1 – %2").arg(
        PlaceText::bothNames(detail.chinesePlace.nameEn, detail.chinesePlace.nameZh),
        PlaceText::bothNames(detail.usPlace.nameEn, detail.usPlace.nameZh));
    const QRectF titleRect =
        titleMetrics.boundingRect(QRectF(0, 0, m_page.width(), m_page.height()), flags, title);
    place({Kind::Title, 0, {}, title, {}}, titleRect.height());

    const std::shared_ptr<QTextDocument> facts = factsDocument();
    place({Kind::Document, 0, {}, {}, facts}, std::min(facts->size().height(), m_bottom - m_y));

    const qreal headingHeight = headingMetrics.lineSpacing() + 4;
    // The timeline, and under it what it leaves out (exchanges whose year is not known).
    const QString leftOut = ChartCaptions::leftOut(m_report.timeline());
    const qreal leftOutHeight =
        leftOut.isEmpty()
            ? 0
            : smallMetrics
                  .boundingRect(QRectF(0, 0, m_page.width(), m_page.height()), flags, leftOut)
                  .height();
    if (place({Kind::Heading, 0, {}, tr("Exchanges and pairings by year"), {}}, headingHeight,
              chartHeight)) {
        place({Kind::Chart, 0, {}, {}, {}}, chartHeight);
        if (!leftOut.isEmpty())
            place({Kind::Note, 0, {}, leftOut, {}}, leftOutHeight);
    }

    // The map of every pairing, this one's arc marked, with the credit of its outlines.
    const QRectF box = m_report.map().chinaAndUs();
    const qreal mapHeight = std::min(mapHeightAtMost, m_page.width() * box.height() / box.width());
    const QString credit = MapFile::credit();
    const qreal creditHeight =
        smallMetrics.boundingRect(QRectF(0, 0, m_page.width(), m_page.height()), flags, credit)
            .height();
    if (place({Kind::Heading, 0, {}, tr("On the map, among all pairings"), {}}, headingHeight,
              mapHeight)) {
        place({Kind::Map, 0, {}, {}, {}}, mapHeight);
        place({Kind::Note, 0, {}, credit, {}}, creditHeight);
    }
    layOutTable();
}

void ReportPainter::layOutTable()
{
    const QList<ExchangeSummary> &exchanges = m_report.detail().exchanges;
    const int total = int(exchanges.size());
    const qreal headingHeight = QFontMetricsF(m_heading, m_device).lineSpacing() + 4;
    const qreal lineHeight = QFontMetricsF(m_body, m_device).lineSpacing() + 4;
    const QString heading = tr("Exchanges (%n)", nullptr, total);
    if (total == 0) {
        if (place({Kind::Heading, 0, {}, heading, {}}, headingHeight, lineHeight))
            place({Kind::Line, 0, {}, tr("No exchange is recorded for this pairing."), {}},
                  lineHeight);
        return;
    }
    const ExchangeTable::Layout layout{m_page.width(), m_body, m_device};
    // The heading keeps with the header row and the first exchange.
    const qreal firstRow = ExchangeTable::piece(exchanges, 0, 1, layout)->size().height();
    if (!place({Kind::Heading, 0, {}, heading, {}}, headingHeight, firstRow))
        return;
    int next = 0;
    while (next < total) {
        const bool lastPage = m_current + 1 >= maximumPages;
        qreal room = m_bottom - m_y;
        int rows = ExchangeTable::rowsFitting(exchanges, next, room, layout);
        // On the last page, the rows that do not fit are counted in a line under the table.
        if (lastPage && next + rows < total)
            rows = ExchangeTable::rowsFitting(exchanges, next, room - lineHeight - gap, layout);
        if (rows > 0) {
            const std::shared_ptr<QTextDocument> piece =
                ExchangeTable::piece(exchanges, next, rows, layout);
            place({Kind::Document, 0, {}, {}, piece}, piece->size().height());
            next += rows;
        }
        if (next >= total || !newPage())
            break;
    }
    m_exchangesShown = next;
    if (next < total) {
        // English has no translation file to choose the singular: said here.
        const QString more = total - next == 1
                                 ? tr("… and one more exchange")
                                 : tr("… and %n more exchanges", nullptr, total - next);
        m_blocks << Block{
            Kind::Line, m_current, QRectF(0, m_y, m_page.width(), lineHeight), more, {}};
    }
}

void ReportPainter::paintPage(QPainter &painter, int page) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    for (const Block &block : m_blocks) {
        if (block.page != page)
            continue;
        switch (block.kind) {
        case Kind::Title:
        case Kind::Heading:
        case Kind::Line:
        case Kind::Note:
            painter.setFont(block.kind == Kind::Title     ? m_title
                            : block.kind == Kind::Heading ? m_heading
                            : block.kind == Kind::Line    ? m_body
                                                          : m_small);
            painter.setPen(block.kind == Kind::Note ? quiet : ink);
            painter.drawText(block.rect, flags, block.text);
            break;
        case Kind::Document: {
            painter.save();
            painter.translate(block.rect.topLeft());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(QPointF(0, 0), block.rect.size());
            context.palette.setColor(QPalette::Text, ink); // dark on paper, whatever the desktop
            painter.setClipRect(context.clip);
            block.document->documentLayout()->draw(&painter, context);
            painter.restore();
            break;
        }
        case Kind::Chart:
            painter.save();
            ChartFile::drawChart(painter, m_report.chart(), block.rect);
            painter.restore();
            break;
        case Kind::Map:
            MapFile::draw(painter, m_report.map(), m_report.detail().pairing.id, block.rect,
                          m_mapFont);
            break;
        }
    }
    paintFoot(painter, page);
    painter.restore();
}

void ReportPainter::paintFoot(QPainter &painter, int page) const
{
    const QRectF foot(0, m_bottom + 6, m_page.width(), m_page.height() - m_bottom - 6);
    painter.setPen(QPen(quiet, 0.5));
    painter.drawLine(foot.topLeft(), foot.topRight());
    painter.setFont(m_small);
    const QString number = tr("Page %1 of %2").arg(page + 1).arg(m_pageCount);
    const qreal numberWidth = QFontMetricsF(m_small, m_device).horizontalAdvance(number) + 12;
    const QString made = tr("%1 · from %2 · made with Bridges on %3")
                             .arg(m_report.title(), m_report.databaseName(),
                                  QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
    painter.drawText(foot.adjusted(0, 3, -numberWidth, 0),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, made);
    painter.drawText(foot.adjusted(0, 3, 0, 0), Qt::AlignRight | Qt::AlignTop, number);
}
