// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

// The shortest way between two places on the globe, taken as a sphere of the Earth's mean
// radius. A point is (longitude, latitude) in degrees.
namespace GreatCircle {

constexpr double earthRadiusKm = 6371.0088;

// The distance along the great circle, in kilometres.
double distanceKm(QPointF from, QPointF to);
// The direction one sets out in from `from`, in degrees clockwise from north (0 to 360).
double initialBearing(QPointF from, QPointF to);
// segments + 1 points along the great circle from `from` to `to`, ends included, with
// longitudes running on without a jump (past 180 where the way crosses the antimeridian).
QList<QPointF> path(QPointF from, QPointF to, int segments);

} // namespace GreatCircle
