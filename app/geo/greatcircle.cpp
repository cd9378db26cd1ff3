// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/geo/greatcircle.h"

#include "app/geo/geojson.h"

#include <QtMath>

#include <array>
#include <cmath>
#include <vector>

namespace GreatCircle {
namespace {
using Vector = std::array<double, 3>;

Vector unit(QPointF point)
{
    const double lon = qDegreesToRadians(point.x());
    const double lat = qDegreesToRadians(point.y());
    return {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
}

QPointF toPoint(const Vector &v)
{
    return {qRadiansToDegrees(std::atan2(v[1], v[0])),
            qRadiansToDegrees(std::atan2(v[2], std::sqrt(v[0] * v[0] + v[1] * v[1])))};
}

// The angle between two points seen from the centre, in radians (haversine: exact for near
// points too).
double angle(QPointF from, QPointF to)
{
    const double lat1 = qDegreesToRadians(from.y());
    const double lat2 = qDegreesToRadians(to.y());
    const double dLat = lat2 - lat1;
    const double dLon = qDegreesToRadians(to.x() - from.x());
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(lat1) * std::cos(lat2) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * std::asin(std::min(1.0, std::sqrt(h)));
}
} // namespace

double distanceKm(QPointF from, QPointF to)
{
    return earthRadiusKm * angle(from, to);
}

double initialBearing(QPointF from, QPointF to)
{
    const double lat1 = qDegreesToRadians(from.y());
    const double lat2 = qDegreesToRadians(to.y());
    const double dLon = qDegreesToRadians(to.x() - from.x());
    const double y = std::sin(dLon) * std::cos(lat2);
    const double x =
        std::cos(lat1) * std::sin(lat2) - std::sin(lat1) * std::cos(lat2) * std::cos(dLon);
    const double bearing = qRadiansToDegrees(std::atan2(y, x));
    return std::fmod(bearing + 360.0, 360.0);
}

QList<QPointF> path(QPointF from, QPointF to, int segments)
{
    segments = std::max(1, segments);
    const double omega = angle(from, to);
    if (omega < 1e-12)
        return QList<QPointF>(segments + 1, from);
    const Vector a = unit(from);
    const Vector b = unit(to);
    // Spherical linear interpolation between the two unit vectors: the point t of the way is
    // sin((1 - t)ω)·a + sin(tω)·b over sin ω. The sines of the steps serve both weights.
    std::vector<double> sines(segments + 1);
    for (int i = 0; i <= segments; ++i)
        sines[i] = std::sin(omega * i / segments);
    const double whole = sines[segments];
    QList<QPointF> points;
    points.reserve(segments + 1);
    points << from;
    for (int i = 1; i < segments; ++i) {
        const double wa = sines[segments - i] / whole;
        const double wb = sines[i] / whole;
        points << toPoint({wa * a[0] + wb * b[0], wa * a[1] + wb * b[1], wa * a[2] + wb * b[2]});
    }
    points << to;
    return GeoJson::unwrapped(points);
}

} // namespace GreatCircle
