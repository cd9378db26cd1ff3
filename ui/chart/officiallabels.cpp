// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/officiallabels.h"

#include "ui/chart/chartpalette.h"

#include <QBrush>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLineF>
#include <QPen>

#include <algorithm>
#include <numeric>

namespace {
constexpr qreal markerRadius = 7;       // what a label keeps clear of around each marker
constexpr qreal gap = markerRadius + 2; // between a marker and a label beside it
constexpr qreal spacing = 2;            // between labels stacked one over another
constexpr qreal padding = 2;            // between a label's text and the edge of its ground

// Whether a straight line passes through a box.
bool meets(const QLineF &segment, const QRectF &box)
{
    if (box.contains(segment.p1()) || box.contains(segment.p2()))
        return true;
    const QLineF edges[] = {{box.topLeft(), box.topRight()},
                            {box.topRight(), box.bottomRight()},
                            {box.bottomRight(), box.bottomLeft()},
                            {box.bottomLeft(), box.topLeft()}};
    return std::any_of(std::begin(edges), std::end(edges), [&segment](const QLineF &edge) {
        return segment.intersects(edge, nullptr) == QLineF::BoundedIntersection;
    });
}

bool crosses(const QRectF &box, const QPolygonF &line)
{
    for (qsizetype i = 1; i < line.size(); ++i) {
        if (meets(QLineF(line.at(i - 1), line.at(i)), box))
            return true;
    }
    return false;
}

// Where the line joining a label to its marker leaves the label: its point nearest the marker.
QPointF nearest(const QRectF &box, const QPointF &marker)
{
    return {std::clamp(marker.x(), box.left(), box.right()),
            std::clamp(marker.y(), box.top(), box.bottom())};
}

} // namespace

OfficialLabels::OfficialLabels(const QStringList &texts, const QFont &font, bool dark,
                               QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setFlag(ItemHasNoContents);
    const QColor ink = ChartPalette::pairingsColor(dark);
    QColor ground = dark ? QColor(0x30, 0x30, 0x30) : QColor(Qt::white);
    ground.setAlphaF(0.85);
    QColor joint = ink;
    joint.setAlphaF(0.6);
    for (const QString &text : texts) {
        Label label{new QGraphicsRectItem(this), nullptr, new QGraphicsLineItem(this)};
        label.box->setBrush(ground);
        label.box->setPen(Qt::NoPen);
        label.text = new QGraphicsSimpleTextItem(text, label.box);
        label.text->setFont(font);
        label.text->setBrush(ink);
        label.text->setPos(padding, padding);
        label.joint->setPen(QPen(joint, 0.8));
        m_labels.append(label);
    }
}

void OfficialLabels::place(const QList<QPointF> &markers, const QRectF &area, const QPolygonF &line)
{
    QList<QSizeF> sizes;
    for (const Label &label : std::as_const(m_labels)) {
        sizes << label.text->boundingRect().size() + QSizeF(2 * padding, 2 * padding);
    }
    const QList<QRectF> boxes = layOut(markers, sizes, area, line);
    for (qsizetype i = 0; i < m_labels.size() && i < boxes.size(); ++i) {
        const Label &label = m_labels.at(i);
        label.box->setRect(QRectF(QPointF(0, 0), boxes.at(i).size()));
        label.box->setPos(boxes.at(i).topLeft());
        // A label beside its marker needs no line; one set off is joined to it, the line
        // stopping short of the marker so as not to draw over it.
        const QPointF from = nearest(boxes.at(i), markers.at(i));
        QLineF joint(from, markers.at(i));
        if (joint.length() > gap + 1) {
            joint.setLength(joint.length() - markerRadius);
            label.joint->setLine(joint);
            label.joint->show();
        } else {
            label.joint->hide();
        }
    }
}

QList<QRectF> OfficialLabels::boxes() const
{
    QList<QRectF> boxes;
    for (const Label &label : m_labels)
        boxes << label.box->mapRectToParent(label.box->rect()).translated(pos());
    return boxes;
}

QStringList OfficialLabels::texts() const
{
    QStringList texts;
    for (const Label &label : m_labels)
        texts << label.text->text();
    return texts;
}

QList<QRectF> OfficialLabels::layOut(const QList<QPointF> &markers, const QList<QSizeF> &sizes,
                                     const QRectF &area, const QPolygonF &line)
{
    // From the left: each label then stands beside or below those before it, so that the line
    // to its marker, which lies to the right of theirs, crosses none of them.
    QList<int> order(markers.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&markers](int a, int b) { return markers.at(a).x() < markers.at(b).x(); });
    QList<QRectF> around;
    for (const QPointF &marker : markers)
        around << QRectF(marker - QPointF(markerRadius, markerRadius),
                         QSizeF(2 * markerRadius, 2 * markerRadius));
    QList<QRectF> boxes(markers.size());
    QList<QRectF> placed; // the labels placed so far
    QList<QLineF> joints; // and the lines joining them to their markers
    for (const int i : std::as_const(order)) {
        const QPointF marker = markers.at(i);
        const QSizeF size = sizes.value(i);
        const auto fits = [&](const QRectF &box, bool clearOfLine) {
            if (!area.contains(box))
                return false;
            const QLineF joint(nearest(box, marker), marker);
            for (qsizetype j = 0; j < placed.size(); ++j) {
                if (box.intersects(placed.at(j)) || meets(joints.at(j), box) ||
                    meets(joint, placed.at(j)) ||
                    joint.intersects(joints.at(j), nullptr) == QLineF::BoundedIntersection)
                    return false;
            }
            for (qsizetype j = 0; j < around.size(); ++j) {
                // A line may pass by another star, not through its middle.
                const QRectF middle(markers.at(j) - QPointF(2, 2), QSizeF(4, 4));
                if (box.intersects(around.at(j)) || (j != i && meets(joint, middle)))
                    return false;
            }
            return !clearOfLine || !crosses(box, line);
        };
        // At the marker's height, then a step higher, a step lower, two higher ...: on its left
        // (the recent totals stand at the right edge), else on its right.
        const qreal step = size.height() + spacing;
        const int steps = int(area.height() / step) + 1;
        QList<QRectF> candidates;
        for (int k = 0; k <= steps; ++k) {
            for (const int direction : {-1, 1}) {
                if (k == 0 && direction > 0)
                    continue;
                const qreal top = marker.y() - size.height() / 2 + direction * k * step;
                for (const qreal left : {marker.x() - gap - size.width(), marker.x() + gap})
                    candidates << QRectF(QPointF(left, top), size);
            }
        }
        QRectF chosen;
        for (const bool clearOfLine : {true, false}) {
            const auto found =
                std::find_if(candidates.begin(), candidates.end(),
                             [&](const QRectF &box) { return fits(box, clearOfLine); });
            if (found != candidates.end()) {
                chosen = *found;
                break;
            }
        }
        if (chosen.isNull()) {
            // No room anywhere: beside its marker, kept inside the plot, over what is there.
            chosen = candidates.first();
            chosen.moveLeft(
                std::max(area.left(), std::min(chosen.left(), area.right() - size.width())));
            chosen.moveTop(
                std::max(area.top(), std::min(chosen.top(), area.bottom() - size.height())));
        }
        boxes[i] = chosen;
        placed << chosen;
        joints << QLineF(nearest(chosen, marker), marker);
    }
    return boxes;
}
