// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/geo/geojson.h"

#include "app/io/dataerror.h"
#include "app/io/jsonlines.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace GeoJson {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("GeoJson", text);
}

// Where a problem is reported: the file, the line of the feature, and the feature's name.
struct Place
{
    QString fileName;
    int line = 1;
    QString feature;
};

[[noreturn]] void fail(const Place &at, const QString &reason)
{
    throw DataError(at.fileName, at.line, at.feature, reason);
}

QList<QPointF> ring(const QJsonValue &value, const Place &at)
{
    const QJsonArray positions = value.toArray();
    if (!value.isArray() || positions.size() < 4)
        fail(at, tr("a ring of an outline has fewer than four positions."));
    QList<QPointF> points;
    points.reserve(positions.size());
    for (const QJsonValue &position : positions) {
        const QJsonArray pair = position.toArray();
        if (pair.size() < 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
            fail(at, tr("a position is not a pair of numbers (longitude, latitude)."));
        const double longitude = pair.at(0).toDouble();
        const double latitude = pair.at(1).toDouble();
        if (!std::isfinite(longitude) || std::abs(latitude) > 90 || std::abs(longitude) > 540)
            fail(at, tr("a position lies off the globe: longitude %1, latitude %2.")
                         .arg(longitude)
                         .arg(latitude));
        points << QPointF(longitude, latitude);
    }
    if (points.first() != points.last())
        fail(at, tr("a ring of an outline does not end where it begins."));
    return unwrapped(points);
}

QList<QList<QPointF>> polygon(const QJsonValue &value, const Place &at)
{
    const QJsonArray rings = value.toArray();
    if (!value.isArray() || rings.isEmpty())
        fail(at, tr("a polygon has no rings."));
    QList<QList<QPointF>> result;
    for (const QJsonValue &each : rings)
        result << ring(each, at);
    return result;
}

GeoFeature feature(const QJsonObject &object, const Place &at)
{
    GeoFeature result;
    result.properties = object.value(QStringLiteral("properties")).toObject().toVariantMap();
    const QJsonObject geometry = object.value(QStringLiteral("geometry")).toObject();
    const QString type = geometry.value(QStringLiteral("type")).toString();
    const QJsonValue coordinates = geometry.value(QStringLiteral("coordinates"));
    if (type == QLatin1String("Polygon")) {
        result.polygons << polygon(coordinates, at);
    } else if (type == QLatin1String("MultiPolygon")) {
        const QJsonArray polygons = coordinates.toArray();
        if (!coordinates.isArray() || polygons.isEmpty())
            fail(at, tr("a MultiPolygon has no polygons."));
        for (const QJsonValue &each : polygons)
            result.polygons << polygon(each, at);
    }
    return result;
}
} // namespace

QList<GeoFeature> read(const QByteArray &bytes, const QString &fileName)
{
    const QJsonDocument document = JsonLines::document(bytes, fileName);
    const QJsonObject root = document.object();
    const QString type = root.value(QStringLiteral("type")).toString();
    QList<GeoFeature> features;
    if (type == QLatin1String("Feature")) {
        features << feature(root, {fileName, 1, {}});
    } else if (type == QLatin1String("FeatureCollection")) {
        const JsonLines::Lines lines = JsonLines::of(bytes);
        const QList<int> featureLines = lines.elementLines.value(QStringLiteral("features"));
        const QJsonArray all = root.value(QStringLiteral("features")).toArray();
        for (qsizetype i = 0; i < all.size(); ++i) {
            const QJsonObject object = all.at(i).toObject();
            const QString name = object.value(QStringLiteral("properties"))
                                     .toObject()
                                     .value(QStringLiteral("name"))
                                     .toString();
            const Place at{fileName, featureLines.value(i, 1),
                           name.isEmpty() ? tr("feature %1").arg(i + 1) : name};
            if (!all.at(i).isObject())
                fail(at, tr("a feature is not an object."));
            GeoFeature read = feature(object, at);
            if (!read.polygons.isEmpty())
                features << read;
        }
    } else {
        throw DataError(fileName, 1, QStringLiteral("type"),
                        tr("this is not GeoJSON of features (a Feature or a "
                           "FeatureCollection)."));
    }
    return features;
}

QList<QPointF> unwrapped(QList<QPointF> points)
{
    for (qsizetype i = 1; i < points.size(); ++i) {
        double longitude = points.at(i).x();
        const double before = points.at(i - 1).x();
        while (longitude - before > 180)
            longitude -= 360;
        while (longitude - before < -180)
            longitude += 360;
        points[i].setX(longitude);
    }
    return points;
}

} // namespace GeoJson
