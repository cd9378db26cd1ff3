// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <memory>

class PairingReport;
class QPainter;
class QPaintDevice;
class QTextDocument;

// The report of one pairing laid out on one or two pages, and each page drawn: the title with
// both places, the facts (the places, relation, level, date established or "not known",
// status, notes) and the sources, the timeline, the map with the pairing's arc marked, and the
// exchanges as a table, cut between rows onto the second page. What would run past the second
// page is counted in a line ("… and 12 more exchanges"). Each page's foot names the records'
// database, the day and the page. Lengths are the device's dots, 96 an inch (the PDF and the
// printer are set so), so that fonts given in points come out the same on both; the report
// must outlive the painter.
class ReportPainter
{
public:
    static constexpr int maximumPages = 2;

    // page: the device's printable area, in its dots.
    ReportPainter(const PairingReport &report, QPaintDevice *device, const QSizeF &page);
    ~ReportPainter();
    ReportPainter(const ReportPainter &) = delete;
    ReportPainter &operator=(const ReportPainter &) = delete;

    int pageCount() const { return m_pageCount; }
    // How many of the exchanges the table shows; the others are counted in a line.
    int exchangesShown() const { return m_exchangesShown; }
    // Draws page (0 or 1) from the painter's origin, the printable area's top left.
    void paintPage(QPainter &painter, int page) const;

private:
    enum class Kind { Title, Document, Heading, Chart, Map, Line, Note };
    struct Block
    {
        Kind kind = Kind::Note;
        int page = 0;
        QRectF rect;
        QString text;
        std::shared_ptr<QTextDocument> document;
    };

    void layOut();
    void layOutTable();
    // Puts a block of this height under the last one, or at the top of the next page when
    // the rest of this one is too short for it and for keepWith under it (a heading keeps
    // with what it names). False when no page is left.
    bool place(Block block, qreal height, qreal keepWith = 0);
    bool newPage();
    std::shared_ptr<QTextDocument> factsDocument() const;
    void paintFoot(QPainter &painter, int page) const;

    const PairingReport &m_report;
    QPaintDevice *m_device;
    QSizeF m_page;
    QFont m_body;
    QFont m_title;
    QFont m_heading;
    QFont m_small;
    QFont m_mapFont;    // the legend and the places' names
    qreal m_bottom = 0; // where the foot begins
    qreal m_y = 0;      // where the next block goes on the current page
    int m_current = 0;
    QList<Block> m_blocks;
    int m_pageCount = 1;
    int m_exchangesShown = 0;
};
