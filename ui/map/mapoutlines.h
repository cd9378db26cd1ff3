// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/geo/projection.h"

#include <QPainterPath>
#include <QString>

// The shapes the map is drawn on, read once from the Natural Earth outlines shipped in the
// program (:/geo): the countries, China's provinces and the US states, each a path in the
// map's coordinates. A shape crossing the map's edge is drawn on both sides.
struct MapOutlines
{
    QPainterPath countries;
    QPainterPath provinces;
    QPainterPath states;
    QString error; // why an outline could not be read (the map is drawn without it)

    // Read once, with the first projection asked for (the program has one).
    static const MapOutlines &shipped(const Projection &projection);
    static MapOutlines read(const Projection &projection);
};
