// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QLineF>
#include <QList>

// Thin lines and small marks written straight into an image's pixels, blended with their
// alpha: for tens of thousands of arcs and places, which QPainter draws many times slower (it
// prepares each for threads to share). Positions are in the image's logical coordinates.
namespace LineRaster {

// image must be Format_ARGB32_Premultiplied.
// width: in logical pixels (1 or 2), made device pixels by the image's pixel ratio.
void draw(QImage &image, const QList<QLineF> &lines, const QColor &colour, int width = 1);
// The sprite (premultiplied) blended in centred on each point, as many places are drawn.
void stamp(QImage &image, const QList<QPointF> &centres, const QImage &sprite);

} // namespace LineRaster
