// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>

// The map's projection: Miller's cylindrical projection centred on the Pacific (the meridian
// 160° W by default), so that China lies on the left and the United States on the right,
// facing each other across the ocean. Map coordinates are in radians of the sphere: x from -π
// to π (east is right), y up from the equator (north is up; a painter's y runs the other way).
class Projection
{
public:
    explicit Projection(double centralMeridian = -160.0) : m_central(centralMeridian) {}

    double centralMeridian() const { return m_central; }
    // A longitude and latitude (degrees) on the map. A longitude is taken as it is, whole
    // turns included, so that a line running on past the edge stays one line; wrapped()
    // brings it into the map.
    QPointF project(QPointF lonLat) const;
    QPointF unproject(QPointF map) const;
    // The longitude moved by whole turns to within 180° of the central meridian.
    double wrapped(double longitude) const;
    // The whole world on the map, between the latitudes given.
    QRectF world(double south = -60.0, double north = 85.0) const;

private:
    double m_central;
};
