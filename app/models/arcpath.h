// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

// The points of an arc on the map, in map coordinates, held as single-precision numbers: half
// the memory of QPointF's, for thirty thousand arcs of 49 points each, and still finer than a
// tenth of a pixel on a map zoomed a thousand times. Copies share the points.
class ArcPath
{
public:
    ArcPath() = default;
    explicit ArcPath(const QList<QPointF> &points)
    {
        m_xy.reserve(2 * points.size());
        for (const QPointF &point : points)
            m_xy << float(point.x()) << float(point.y());
    }
    qsizetype size() const { return m_xy.size() / 2; }
    bool isEmpty() const { return m_xy.isEmpty(); }
    QPointF at(qsizetype i) const { return {m_xy.at(2 * i), m_xy.at(2 * i + 1)}; }
    QPointF first() const { return at(0); }
    QPointF last() const { return at(size() - 1); }

private:
    QList<float> m_xy; // x, y, x, y, …
};
