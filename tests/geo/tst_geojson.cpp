// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/geo/geojson.h"
#include "app/io/dataerror.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QTest>

#include <optional>

namespace {
QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The largest jump in longitude between neighbouring points of any ring.
double largestJump(const QList<GeoFeature> &features)
{
    double largest = 0;
    for (const GeoFeature &feature : features) {
        for (const auto &polygon : feature.polygons) {
            for (const auto &ring : polygon) {
                for (qsizetype i = 1; i < ring.size(); ++i)
                    largest = std::max(largest, std::abs(ring.at(i).x() - ring.at(i - 1).x()));
            }
        }
    }
    return largest;
}
} // namespace

// Reading the map's outlines: the shipped Natural Earth files whole, polygons with holes,
// rings across the antimeridian made continuous, and bad files refused with where and why.
class TestGeoJson : public QObject
{
    Q_OBJECT
private slots:
    void shippedOutlines_data();
    void shippedOutlines();
    void polygonWithAHole();
    void ringAcrossTheAntimeridianIsContinuous();
    void otherGeometriesAreLeftOut();
    void badFiles_data();
    void badFiles();
};

void TestGeoJson::shippedOutlines_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("features");
    QTest::addColumn<QString>("property");
    QTest::addColumn<QString>("value");
    QTest::newRow("countries") << "world-countries.geojson" << 177 << "iso_a2"
                               << "CN";
    QTest::newRow("US states") << "us-states.geojson" << 51 << "postal"
                               << "MO";
    QTest::newRow("Chinese provinces") << "cn-provinces.geojson" << 31 << "iso_3166_2"
                                       << "CN-JS";
}

void TestGeoJson::shippedOutlines()
{
    QFETCH(QString, file);
    QFETCH(int, features);
    QFETCH(QString, property);
    QFETCH(QString, value);
    const QByteArray bytes = fileBytes(QStringLiteral(BRIDGES_SOURCE_DIR "/resources/geo/") + file);
    QVERIFY(!bytes.isEmpty());
    const QList<GeoFeature> read = GeoJson::read(bytes, file);
    QCOMPARE(read.size(), features);
    const auto found = std::find_if(read.begin(), read.end(), [&](const GeoFeature &feature) {
        return feature.properties.value(property).toString() == value;
    });
    QVERIFY(found != read.end());
    QVERIFY(!found->polygons.isEmpty());
    QVERIFY(found->polygons.first().first().size() >= 4);
    QVERIFY(largestJump(read) < 180);
}

void TestGeoJson::polygonWithAHole()
{
    const QList<GeoFeature> read = GeoJson::read(
        R"({"type": "Feature", "properties": {"name": "Ring"}, "geometry": {"type": "Polygon",
            "coordinates": [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
                            [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]]}})",
        QStringLiteral("ring.geojson"));
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().properties.value(QStringLiteral("name")).toString(),
             QStringLiteral("Ring"));
    QCOMPARE(read.first().polygons.size(), 1);
    QCOMPARE(read.first().polygons.first().size(), 2); // the outer ring and its hole
    QCOMPARE(read.first().polygons.first().at(1).at(2), QPointF(6, 6));
}

void TestGeoJson::ringAcrossTheAntimeridianIsContinuous()
{
    // An island of Fiji written as GeoJSON writes it: from 179.5 east to 179.5 west.
    const QList<GeoFeature> read = GeoJson::read(
        R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
            "geometry": {"type": "MultiPolygon", "coordinates": [[[[179.5, -16.5],
            [-179.5, -16.5], [-179.5, -17], [179.5, -17], [179.5, -16.5]]]]}}]})",
        QStringLiteral("fiji.geojson"));
    const QList<QPointF> ring = read.first().polygons.first().first();
    QCOMPARE(ring.at(1).x(), 180.5); // past 180, not back at -179.5
    QCOMPARE(ring.at(2).x(), 180.5);
    QCOMPARE(ring.at(3).x(), 179.5);
    QVERIFY(largestJump(read) < 2);
}

void TestGeoJson::otherGeometriesAreLeftOut()
{
    const QList<GeoFeature> read = GeoJson::read(
        R"({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"name": "A capital"},
             "geometry": {"type": "Point", "coordinates": [116.4, 39.9]}},
            {"type": "Feature", "properties": {"name": "A square"},
             "geometry": {"type": "Polygon",
                          "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]}}]})",
        QStringLiteral("mixed.geojson"));
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().properties.value(QStringLiteral("name")).toString(),
             QStringLiteral("A square"));
}

void TestGeoJson::badFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("feature");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not JSON") << "not-json.geojson" << 3 << QString() << "not JSON";
    QTest::newRow("not features") << "not-features.geojson" << 1 << "type"
                                  << "not GeoJSON";
    QTest::newRow("ring too short") << "ring-too-short.geojson" << 4 << "Sliver"
                                    << "fewer than four";
    QTest::newRow("ring not closed") << "ring-not-closed.geojson" << 2 << "Open"
                                     << "does not end where it begins";
    QTest::newRow("latitude 95") << "latitude-95.geojson" << 2 << "Beyond the pole"
                                 << "off the globe";
    QTest::newRow("words") << "position-not-numbers.geojson" << 2 << "Words"
                           << "not a pair of numbers";
}

void TestGeoJson::badFiles()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, feature);
    QFETCH(QString, reason);
    std::optional<DataError> error;
    try {
        GeoJson::read(fileBytes(TestSupport::dataFile(QStringLiteral("geo-bad/") + file)), file);
    } catch (const DataError &e) {
        error = e;
    }
    QVERIFY(error);
    QCOMPARE(error->line(), line);
    QCOMPARE(error->field(), feature);
    QVERIFY2(error->reason().contains(reason), qPrintable(error->message()));
}

QTEST_GUILESS_MAIN(TestGeoJson)
#include "tst_geojson.moc"
