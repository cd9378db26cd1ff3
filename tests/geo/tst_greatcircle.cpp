// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/geo/greatcircle.h"
#include "app/geo/projection.h"

#include <QTest>

#include <cmath>

// The arithmetic under the map: distances and bearings on the sphere, arcs between two places
// that cross the antimeridian without a jump, and the Pacific-centred projection.
class TestGreatCircle : public QObject
{
    Q_OBJECT
private slots:
    void distances_data();
    void distances();
    void bearings_data();
    void bearings();
    void chinaToTheUnitedStatesSetsOutNorthEast();
    void pathEndsAtBothPlacesAndStaysOnTheCircle();
    void pathAcrossTheAntimeridianRunsOn();
    void chinaFacesTheUnitedStatesAcrossThePacific();
    void projectionRoundTrip();
};

void TestGreatCircle::distances_data()
{
    QTest::addColumn<QPointF>("from");
    QTest::addColumn<QPointF>("to");
    QTest::addColumn<double>("km");
    QTest::addColumn<double>("within");
    const double quarter = M_PI / 2 * GreatCircle::earthRadiusKm;
    QTest::newRow("same place") << QPointF(118.8, 32.06) << QPointF(118.8, 32.06) << 0.0 << 1e-9;
    QTest::newRow("equator to pole") << QPointF(0, 0) << QPointF(0, 90) << quarter << 1e-6;
    QTest::newRow("a quarter of the equator") << QPointF(0, 0) << QPointF(90, 0) << quarter << 1e-6;
    QTest::newRow("antipodes") << QPointF(10, 20) << QPointF(-170, -20) << 2 * quarter << 1e-6;
    QTest::newRow("one degree of the equator across 180°")
        << QPointF(179.5, 0) << QPointF(-179.5, 0) << quarter / 90 << 1e-6;
    // The published figure for London Heathrow to New York JFK on a sphere of this radius.
    QTest::newRow("Heathrow to JFK")
        << QPointF(-0.4614, 51.4775) << QPointF(-73.7789, 40.6397) << 5540.0 << 15.0;
}

void TestGreatCircle::distances()
{
    QFETCH(QPointF, from);
    QFETCH(QPointF, to);
    QFETCH(double, km);
    QFETCH(double, within);
    QVERIFY2(std::abs(GreatCircle::distanceKm(from, to) - km) <= within,
             qPrintable(QString::number(GreatCircle::distanceKm(from, to))));
    QVERIFY(std::abs(GreatCircle::distanceKm(to, from) - km) <= within);
}

void TestGreatCircle::bearings_data()
{
    QTest::addColumn<QPointF>("from");
    QTest::addColumn<QPointF>("to");
    QTest::addColumn<double>("degrees");
    QTest::newRow("north") << QPointF(0, 0) << QPointF(0, 10) << 0.0;
    QTest::newRow("east along the equator") << QPointF(0, 0) << QPointF(10, 0) << 90.0;
    QTest::newRow("south") << QPointF(20, 10) << QPointF(20, -30) << 180.0;
    QTest::newRow("west across 180°") << QPointF(-179, 0) << QPointF(179, 0) << 270.0;
    // The published initial course from New York JFK to London Heathrow: 051°.
    QTest::newRow("JFK to Heathrow")
        << QPointF(-73.7789, 40.6397) << QPointF(-0.4614, 51.4775) << 51.0;
}

void TestGreatCircle::bearings()
{
    QFETCH(QPointF, from);
    QFETCH(QPointF, to);
    QFETCH(double, degrees);
    const double bearing = GreatCircle::initialBearing(from, to);
    QVERIFY2(std::abs(bearing - degrees) < 0.5, qPrintable(QString::number(bearing)));
}

void TestGreatCircle::chinaToTheUnitedStatesSetsOutNorthEast()
{
    // The shortest way from Nanjing to St. Louis leaves north-east, over the North Pacific.
    const double bearing =
        GreatCircle::initialBearing(QPointF(118.78, 32.06), QPointF(-90.2, 38.63));
    QVERIFY2(bearing > 0 && bearing < 45, qPrintable(QString::number(bearing)));
}

void TestGreatCircle::pathEndsAtBothPlacesAndStaysOnTheCircle()
{
    const QPointF nanjing(118.78, 32.06);
    const QPointF stLouis(-90.2, 38.63);
    const QList<QPointF> path = GreatCircle::path(nanjing, stLouis, 64);
    QCOMPARE(path.size(), 65);
    QCOMPARE(path.first(), nanjing);
    QCOMPARE(path.last().y(), stLouis.y());
    QCOMPARE(std::fmod(path.last().x() + 360, 360.0), std::fmod(stLouis.x() + 360, 360.0));
    // Every step is the same length, and the steps add up to the whole distance.
    const double whole = GreatCircle::distanceKm(nanjing, stLouis);
    double sum = 0;
    for (qsizetype i = 1; i < path.size(); ++i) {
        const double step = GreatCircle::distanceKm(path.at(i - 1), path.at(i));
        QVERIFY(std::abs(step - whole / 64) < 0.01);
        sum += step;
    }
    QVERIFY(std::abs(sum - whole) < 0.1);
    // It bends north of both ends, as the shortest way across the Pacific does.
    const double north = std::max_element(path.begin(), path.end(), [](QPointF a, QPointF b) {
                             return a.y() < b.y();
                         })->y();
    QVERIFY2(north > 55, qPrintable(QString::number(north)));
}

void TestGreatCircle::pathAcrossTheAntimeridianRunsOn()
{
    const QList<QPointF> path = GreatCircle::path(QPointF(121.47, 31.23), QPointF(-122.42, 37.77),
                                                  32); // Shanghai to San Francisco
    for (qsizetype i = 1; i < path.size(); ++i)
        QVERIFY2(
            std::abs(path.at(i).x() - path.at(i - 1).x()) < 10,
            qPrintable(QStringLiteral("%1 to %2").arg(path.at(i - 1).x()).arg(path.at(i).x())));
    QVERIFY(path.last().x() > 180); // past 180 rather than back at -122
    QCOMPARE(path.last().x() - 360, -122.42);
}

void TestGreatCircle::chinaFacesTheUnitedStatesAcrossThePacific()
{
    const Projection projection;
    const QPointF beijing = projection.project({projection.wrapped(116.4), 39.9});
    const QPointF washington = projection.project({projection.wrapped(-77.0), 38.9});
    const QPointF honolulu = projection.project({projection.wrapped(-157.9), 21.3});
    QVERIFY(beijing.x() < honolulu.x());
    QVERIFY(honolulu.x() < washington.x());
    QVERIFY(projection.world().contains(beijing));
    QVERIFY(projection.world().contains(washington));
    // North is up, and Miller's projection keeps the equator at 0.
    QCOMPARE(projection.project({-160, 0}), QPointF(0, 0));
    QVERIFY(projection.project({0, 60}).y() > projection.project({0, 30}).y());
}

void TestGreatCircle::projectionRoundTrip()
{
    const Projection projection;
    for (const QPointF place :
         {QPointF(118.78, 32.06), QPointF(-90.2, 38.63), QPointF(-160, -45)}) {
        const QPointF back = projection.unproject(projection.project(place));
        QVERIFY(std::abs(back.x() - place.x()) < 1e-9);
        QVERIFY(std::abs(back.y() - place.y()) < 1e-9);
    }
    // Miller: y = 5/4 ln tan(π/4 + 2φ/5); at 45° north, 5/4 ln tan 63° = 0.84284 radians of
    // the sphere.
    QVERIFY(std::abs(projection.project({-160, 45}).y() - 0.84284) < 1e-4);
}

QTEST_GUILESS_MAIN(TestGreatCircle)
#include "tst_greatcircle.moc"
