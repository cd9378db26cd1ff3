// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/placetext.h"
#include "ui/panes/sourcetext.h"

#include <QTest>

// How the detail panes word a place and its sources: hemispheres, unknown parts said to be
// unknown, and nothing from the database taken as markup.
class TestPlaceText : public QObject
{
    Q_OBJECT
private slots:
    void coordinatesNameTheirHemisphere_data();
    void coordinatesNameTheirHemisphere();
    void unknownPartsAreSaidToBeUnknown();
    void valuesAreEscaped();
    void sourcesBecomeLinks();
};

void TestPlaceText::coordinatesNameTheirHemisphere_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Nanjing") << 32.0608 << 118.7789 << "32.061° N, 118.779° E";
    QTest::newRow("St. Louis") << 38.6272 << -90.1978 << "38.627° N, 90.198° W";
    QTest::newRow("southern") << -33.8688 << 151.2093 << "33.869° S, 151.209° E";
}

void TestPlaceText::coordinatesNameTheirHemisphere()
{
    QFETCH(double, lat);
    QFETCH(double, lon);
    QFETCH(QString, expected);
    Place place;
    place.latitude = lat;
    place.longitude = lon;
    QCOMPARE(PlaceText::coordinates(place), expected);
}

void TestPlaceText::unknownPartsAreSaidToBeUnknown()
{
    Place place;
    place.nameEn = QStringLiteral("Birmingham");
    place.countryCode = QStringLiteral("US");
    const QString text = PlaceText::describe(place, Place());
    QVERIFY2(text.contains(QStringLiteral("coordinates not known")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("state not recorded")), qPrintable(text));
    QVERIFY(PlaceText::coordinates(place).isEmpty());
}

void TestPlaceText::valuesAreEscaped()
{
    Place place;
    place.nameEn = QStringLiteral("<img src=x>");
    place.countryCode = QStringLiteral("CN");
    const QString text = PlaceText::describe(place, Place());
    QVERIFY(!text.contains(QStringLiteral("<img")));
    QVERIFY(text.contains(QStringLiteral("&lt;img src=x&gt;")));
}

void TestPlaceText::sourcesBecomeLinks()
{
    const QString html =
        SourceText::links({{1, {}, {}, QStringLiteral("https://example.org/a?b=1&c=\"2\"")},
                           {2, QStringLiteral("Twin towns"), QStringLiteral("Hekman"), QString()},
                           {3, {}, {}, QStringLiteral("javascript:alert(1)")},
                           {4, {}, {}, QStringLiteral("file:///etc/passwd")}});
    QVERIFY2(html.contains(QStringLiteral("<a href=\"https://example.org/a?b=1&amp;c=%222%22\">")),
             qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("Twin towns (Hekman)")), qPrintable(html));
    QCOMPARE(html.count(QStringLiteral("<a ")), 1);
    QVERIFY(html.contains(QStringLiteral("javascript:alert(1)"))); // shown, not linked
}

QTEST_MAIN(TestPlaceText)
#include "tst_placetext.moc"
