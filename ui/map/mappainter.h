// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QRectF>
#include <QTransform>

class MapModel;
class QPainter;

// How the map is drawn, for the window and for files alike: the base (sea, land, provinces and
// states, every arc, every place) and on it the chosen pairing, its names and the legend.
// transform takes the map's coordinates to the painter's; area is what is drawn on.
namespace MapPainter {

struct Colours
{
    QColor sea, land, border, provincial, city, place, rim, text, highlight, backing;
    static Colours of(const QPalette &palette);
};

struct View
{
    QTransform transform;
    QRectF area;
    double scale = 0; // pixels per radian of the sphere: counts show when zoomed in
    QFont font;
};

// With thousands of arcs into an image, drawBase writes them into the image's pixels between
// ending and beginning the painter again: the painter's saved states are not kept.
void drawBase(QPainter &painter, const MapModel &model, const View &view, const Colours &colours);
// The chosen pairing (0: none) on top, named; and the legend with what the map cannot show.
void drawOverlay(QPainter &painter, const MapModel &model, const View &view, const Colours &colours,
                 qint64 chosen);
// The radius a place is drawn with, by its number of pairings.
double spotRadius(int pairings);

} // namespace MapPainter
