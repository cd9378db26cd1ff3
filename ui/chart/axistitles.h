// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>
#include <QString>

class QFont;
class QGraphicsSimpleTextItem;

// The titles of a chart's two vertical axes ("Per year", "Pairings to date"), set level over the
// top of each: the left one from the left axis rightwards, the right one ending at the right
// axis. Qt Charts turns such titles on their side beside the labels, where it cuts a title to
// "…" (drawn as "⋮") whenever the labels are narrow and the title's type a little taller than
// the Latin, as Chinese is; level, every title reads whole in any language, shortened with "…"
// only when the chart is too narrow for both. An item that draws nothing itself: it holds the
// two texts. The chart keeps height() free over the plot for them.
class AxisTitles : public QGraphicsItem
{
public:
    AxisTitles(const QString &left, const QString &right, const QFont &font, const QBrush &brush,
               QGraphicsItem *parent = nullptr);

    // The height of a line of the titles, as drawn (a Chinese title's too).
    qreal height() const;
    // Over the plot area (in the parent's coordinates), below `top`.
    void place(const QRectF &plot, qreal top);
    // What each says now, shortened or not: left, right.
    QStringList texts() const;

    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}

private:
    QString m_leftText;
    QString m_rightText;
    QGraphicsSimpleTextItem *m_left;
    QGraphicsSimpleTextItem *m_right;
};
