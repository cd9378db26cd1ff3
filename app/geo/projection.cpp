// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/geo/projection.h"

#include <QtMath>

#include <cmath>

QPointF Projection::project(QPointF lonLat) const
{
    const double x = qDegreesToRadians(lonLat.x() - m_central);
    const double latitude = qDegreesToRadians(std::clamp(lonLat.y(), -89.9, 89.9));
    // Miller: Mercator's y with the latitude scaled by 4/5, so that the poles stay finite.
    const double y = 1.25 * std::log(std::tan(M_PI / 4 + 0.4 * latitude));
    return {x, y};
}

QPointF Projection::unproject(QPointF map) const
{
    const double latitude = 2.5 * std::atan(std::exp(0.8 * map.y())) - 0.625 * M_PI;
    return {qRadiansToDegrees(map.x()) + m_central, qRadiansToDegrees(latitude)};
}

double Projection::wrapped(double longitude) const
{
    while (longitude - m_central > 180)
        longitude -= 360;
    while (longitude - m_central <= -180)
        longitude += 360;
    return longitude;
}

QRectF Projection::world(double south, double north) const
{
    const QPointF topLeft = project({m_central - 180, north});
    const QPointF bottomRight = project({m_central + 180, south});
    return QRectF(QPointF(topLeft.x(), bottomRight.y()), QPointF(bottomRight.x(), topLeft.y()));
}
