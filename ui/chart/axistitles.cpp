// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/axistitles.h"

#include <QBrush>
#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>

#include <algorithm>

namespace {
constexpr qreal gap = 12; // between the two titles when the chart is narrow
}

AxisTitles::AxisTitles(const QString &left, const QString &right, const QFont &font,
                       const QBrush &brush, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_leftText(left), m_rightText(right),
      m_left(new QGraphicsSimpleTextItem(left, this)),
      m_right(new QGraphicsSimpleTextItem(right, this))
{
    setFlag(QGraphicsItem::ItemHasNoContents);
    for (QGraphicsSimpleTextItem *title : {m_left, m_right}) {
        title->setFont(font);
        title->setBrush(brush);
    }
}

qreal AxisTitles::height() const
{
    // The text as laid out, with the type that draws its characters: a Chinese title is drawn
    // in another font than the Latin one asked for, and may stand taller.
    return std::max(m_left->boundingRect().height(), m_right->boundingRect().height());
}

void AxisTitles::place(const QRectF &plot, qreal top)
{
    const QFontMetricsF metrics(m_left->font());
    const qreal room = std::max<qreal>((plot.width() - gap) / 2, 0);
    m_left->setText(metrics.elidedText(m_leftText, Qt::ElideRight, room));
    m_right->setText(metrics.elidedText(m_rightText, Qt::ElideRight, room));
    m_left->setPos(plot.left(), top);
    m_right->setPos(plot.right() - m_right->boundingRect().width(), top);
}

QStringList AxisTitles::texts() const
{
    return {m_left->text(), m_right->text()};
}
