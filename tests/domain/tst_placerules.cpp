// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/placerules.h"

#include <QTest>

// The rules a new place must meet, good and bad: an English name, China or the United States,
// a known kind, and coordinates both given (and in range) or both left empty. A user would
// see a place with latitude 200 saved, or a good one refused.
class TestPlaceRules : public QObject
{
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
};

void TestPlaceRules::rules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("latitude");
    QTest::addColumn<QString>("longitude");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<qint64>("parent");
    QTest::addColumn<QString>("fields"); // the fields with a problem, space-separated

    auto within = [](const char *name, const char *placeName, const char *country, const char *kind,
                     const char *latitude, const char *longitude, qint64 id, qint64 parent,
                     const char *fields) {
        QTest::newRow(name) << QString::fromUtf8(placeName) << QString::fromLatin1(country)
                            << QString::fromLatin1(kind) << QString::fromLatin1(latitude)
                            << QString::fromLatin1(longitude) << id << parent
                            << QString::fromLatin1(fields);
    };
    auto row = [&](const char *name, const char *placeName, const char *country, const char *kind,
                   const char *latitude, const char *longitude, const char *fields) {
        within(name, placeName, country, kind, latitude, longitude, 0, 0, fields);
    };
    row("no coordinates", "Zhenjiang", "CN", "city", "", "", "");
    row("coordinates", "Springfield", "US", "city", "39.8", "-89.65", "");
    row("kind not known", "Someplace", "US", "", "", "", "");
    row("edges of the globe", "Pole", "US", "city", "-90", "180", "");
    row("no name", "  ", "CN", "city", "", "", "nameEn");
    row("another country", "Osaka", "JP", "city", "", "", "country");
    row("unknown kind", "Town", "US", "village", "", "", "kind");
    row("latitude 200", "Nowhere", "CN", "city", "200", "118", "latitude");
    row("longitude -181", "Nowhere", "US", "city", "40", "-181", "longitude");
    row("not a number", "Nowhere", "US", "city", "north", "10", "latitude");
    row("latitude only", "Half", "CN", "city", "32.1", "", "longitude");
    row("longitude only", "Half", "CN", "city", "", "118.8", "latitude");
    within("city in its province", "Nanjing", "CN", "city", "", "", 7, 3, "");
    within("new city in a province", "Zhenjiang", "CN", "city", "", "", 0, 3, "");
    within("within itself", "Jiangsu", "CN", "", "", "", 3, 3, "parent");
    within("province within another", "Jiangsu", "CN", "province_state", "", "", 3, 4, "parent");
}

void TestPlaceRules::rules()
{
    QFETCH(QString, name);
    QFETCH(QString, country);
    QFETCH(QString, kind);
    QFETCH(QString, latitude);
    QFETCH(QString, longitude);
    QFETCH(qint64, id);
    QFETCH(qint64, parent);
    QFETCH(QString, fields);
    Place place;
    place.id = id;
    place.parentId = parent;
    place.nameEn = name;
    place.countryCode = country;
    place.kind = kind;
    QStringList found;
    for (const PlaceRules::Problem &problem : PlaceRules::check(place, latitude, longitude)) {
        found << problem.field;
        QVERIFY(!problem.message.isEmpty());
    }
    QCOMPARE(found, fields.split(QLatin1Char(' '), Qt::SkipEmptyParts));
}

QTEST_GUILESS_MAIN(TestPlaceRules)
#include "tst_placerules.moc"
