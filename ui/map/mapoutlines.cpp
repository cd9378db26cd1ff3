// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapoutlines.h"

#include "app/geo/geojson.h"
#include "app/io/dataerror.h"

#include <QFile>
#include <QPolygonF>

#include <cmath>

namespace {
// A ring placed on the map: its first point within the map, the rest running on; and again a
// turn to the left or right where it reaches past the edge.
void addRing(QPainterPath &path, const Projection &projection, const QList<QPointF> &ring)
{
    const double shift = projection.wrapped(ring.first().x()) - ring.first().x();
    QPolygonF polygon;
    polygon.reserve(ring.size());
    double west = 0;
    double east = 0;
    for (const QPointF &point : ring) {
        const QPointF at = projection.project({point.x() + shift, point.y()});
        polygon << at;
        west = std::min(west, at.x());
        east = std::max(east, at.x());
    }
    path.addPolygon(polygon);
    path.closeSubpath();
    if (east > M_PI)
        path.addPolygon(polygon.translated(-2 * M_PI, 0));
    if (west < -M_PI)
        path.addPolygon(polygon.translated(2 * M_PI, 0));
}

QPainterPath shapes(const Projection &projection, const QString &file, QString *error)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill); // holes stay holes
    QFile input(QStringLiteral(":/geo/") + file);
    if (!input.open(QIODevice::ReadOnly)) {
        *error = input.errorString();
        return path;
    }
    try {
        for (const GeoFeature &feature : GeoJson::read(input.readAll(), file)) {
            for (const auto &polygon : feature.polygons) {
                for (const auto &ring : polygon)
                    addRing(path, projection, ring);
            }
        }
    } catch (const DataError &e) {
        *error = e.message();
    }
    return path;
}
} // namespace

const MapOutlines &MapOutlines::shipped(const Projection &projection)
{
    static const MapOutlines outlines = read(projection);
    return outlines;
}

MapOutlines MapOutlines::read(const Projection &projection)
{
    MapOutlines outlines;
    outlines.countries =
        shapes(projection, QStringLiteral("world-countries.geojson"), &outlines.error);
    outlines.provinces =
        shapes(projection, QStringLiteral("cn-provinces.geojson"), &outlines.error);
    outlines.states = shapes(projection, QStringLiteral("us-states.geojson"), &outlines.error);
    return outlines;
}
