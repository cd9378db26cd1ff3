// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QString>
#include <QVariantMap>

// A shape read from GeoJSON: its properties, and its polygons, each an outer ring followed by
// its holes. A point is (longitude, latitude) in degrees. Along a ring the longitudes run on
// without a jump: a ring crossing the antimeridian goes past 180 (or below -180) rather than
// jumping from 180 to -180, so that it can be drawn as one piece.
struct GeoFeature
{
    QVariantMap properties;
    QList<QList<QList<QPointF>>> polygons;
};

// Reads the outlines the map is drawn from (Natural Earth, in resources/geo), with Qt's own
// JSON classes: a FeatureCollection, or a single Feature, of Polygon and MultiPolygon
// geometries. Features of other geometries (points, lines) are left out: the map draws areas.
namespace GeoJson {

// Throws DataError naming fileName, the line and the feature for text that is not JSON, a
// document that is not a Feature or FeatureCollection, or coordinates that are not rings of
// numbers: at least four positions, the last the same as the first, latitudes within ±90.
QList<GeoFeature> read(const QByteArray &bytes, const QString &fileName);

// Longitudes made continuous along a ring or a line: each point moved by whole turns so that
// it lies within 180° of the one before.
QList<QPointF> unwrapped(QList<QPointF> points);

} // namespace GeoJson
