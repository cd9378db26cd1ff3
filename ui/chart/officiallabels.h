// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QStringList>

class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

// The labels of the official totals on the timeline ("284 (official, Apr 2022)"), each put
// where it covers no other label and no marker, and where the room allows not the line of the
// pairings with a known year either; a label set off its marker's height is joined to it by a
// thin line that crosses no other label. So two equal totals close in time (284 in April 2022
// and in November 2023) keep both labels legible. An item that draws nothing itself: it holds
// the labels, on a light ground so that bars behind them do not blur the text, and the lines.
class OfficialLabels : public QGraphicsItem
{
public:
    OfficialLabels(const QStringList &texts, const QFont &font, bool dark,
                   QGraphicsItem *parent = nullptr);

    // markers: where each total stands, in the texts' order, in the parent's coordinates; area:
    // the plot area, which the labels keep inside; line: the running total as drawn.
    void place(const QList<QPointF> &markers, const QRectF &area, const QPolygonF &line);
    // Where the labels stand now, in the parent's coordinates, in the texts' order.
    QList<QRectF> boxes() const;
    QStringList texts() const;

    // The boxes for labels of these sizes, in the markers' order. Placed from the left: each
    // beside its marker, else a step lower or higher, on whichever side has room.
    static QList<QRectF> layOut(const QList<QPointF> &markers, const QList<QSizeF> &sizes,
                                const QRectF &area, const QPolygonF &line);

    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}

private:
    struct Label
    {
        QGraphicsRectItem *box;
        QGraphicsSimpleTextItem *text;
        QGraphicsLineItem *joint;
    };
    QList<Label> m_labels;
};
