// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFontMetricsF>
#include <QList>
#include <QRectF>
#include <QString>

class MapModel;
namespace MapPainter {
struct View;
}

// What is written beside the places on the map. Zoomed in a little, the number of pairings of
// each place that has several; further in, the place's name too. The places with most
// pairings are labelled first, and a label that would cover one already placed, or a place
// already labelled, is tried on the other side, then left out.
namespace MapLabels {

struct Label
{
    qint64 placeId = 0;
    QString text;
    QRectF box; // on the painter, the text's own extent
    bool named = false;
};

// Zoom (pixels per radian of the sphere) from which counts, then names, are written.
constexpr double countsFrom = 250;
constexpr double namesFrom = 450;
// More labels than this would not be read.
constexpr int most = 400;

QList<Label> lay(const MapModel &model, const MapPainter::View &view, const QFontMetricsF &metrics);

} // namespace MapLabels
