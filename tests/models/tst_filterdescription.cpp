// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/filterdescription.h"

#include <QTest>

// The subtitle of a chart saved to a file, saying which records it shows: if this broke, a
// chart of Jiangsu's pairings would be captioned with a bare code or with nothing at all, and a
// reader could not tell a filtered chart from one of every record.
class TestFilterDescription : public QObject
{
    Q_OBJECT
private slots:
    void emptyFilterSaysSo();
    void joinsTheCriteria();
    void describesOneCriterion_data();
    void describesOneCriterion();
    void saysWhatTheYearsHide();

private:
    static FilterChoices choices();
};

FilterChoices TestFilterDescription::choices()
{
    FilterChoices choices;
    choices.provinces << FilterChoice{QStringLiteral("CN-JS"), QStringLiteral("Jiangsu"),
                                      QStringLiteral("江苏省"), 32};
    choices.states << FilterChoice{QStringLiteral("US-MO"), QStringLiteral("Missouri"), QString(),
                                   5};
    return choices;
}

void TestFilterDescription::emptyFilterSaysSo()
{
    QCOMPARE(FilterDescription::text(Filter(), choices()),
             QStringLiteral("All pairings and exchanges, no filter"));
    QCOMPARE(FilterDescription::text(Filter(), FilterChoices()),
             QStringLiteral("All pairings and exchanges, no filter"));
    // A search of blanks is no filter either.
    Filter blank;
    blank.search = QStringLiteral("   ");
    QCOMPARE(FilterDescription::text(blank, choices()),
             QStringLiteral("All pairings and exchanges, no filter"));
}

void TestFilterDescription::joinsTheCriteria()
{
    Filter filter;
    filter.level = QStringLiteral("city");
    filter.field = QStringLiteral("education");
    const QString text = FilterDescription::text(filter, choices());
    QVERIFY2(text.startsWith(QStringLiteral("Filters: ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Level: City")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Field: Education")), qPrintable(text));
    QCOMPARE(text, QStringLiteral("Filters: Level: City · Field: Education"));
}

void TestFilterDescription::describesOneCriterion_data()
{
    QTest::addColumn<QVariantMap>("filter"); // Filter::toMap()
    QTest::addColumn<QString>("part");       // what the text says after "Filters: "

    auto with = [](auto set) {
        Filter filter;
        set(filter);
        return filter.toMap();
    };
    QTest::newRow("search") << with([](Filter &f) { f.search = QStringLiteral(" Nanjing "); })
                            << QStringLiteral("Search: “Nanjing”");
    QTest::newRow("level") << with([](Filter &f) { f.level = QStringLiteral("province_state"); })
                           << QStringLiteral("Level: Province / state");
    QTest::newRow("relation") << with([](Filter &f) { f.relation = QStringLiteral("sister"); })
                              << QStringLiteral("Relation: Sister");
    QTest::newRow("status") << with([](Filter &f) { f.status = QStringLiteral("dormant"); })
                            << QStringLiteral("Status: Dormant");
    QTest::newRow("status unknown") << with([](Filter &f) { f.status = Filter::unknownStatus(); })
                                    << QStringLiteral("Status: not recorded");
    QTest::newRow("province in the choices")
        << with([](Filter &f) { f.province = QStringLiteral("CN-JS"); })
        << QStringLiteral("Province: Jiangsu 江苏省");
    QTest::newRow("province not in the choices")
        << with([](Filter &f) { f.province = QStringLiteral("CN-ZZ"); })
        << QStringLiteral("Province: CN-ZZ");
    QTest::newRow("state without a Chinese name")
        << with([](Filter &f) { f.state = QStringLiteral("US-MO"); })
        << QStringLiteral("State: Missouri");
    QTest::newRow("state not in the choices")
        << with([](Filter &f) { f.state = QStringLiteral("US-ZZ"); })
        << QStringLiteral("State: US-ZZ");
    QTest::newRow("established both ends") << with([](Filter &f) {
        f.establishedFrom = 2019;
        f.establishedTo = 2021;
    }) << QStringLiteral("Established 2019–2021");
    QTest::newRow("established from") << with([](Filter &f) { f.establishedFrom = 2019; })
                                      << QStringLiteral("Established from 2019");
    QTest::newRow("established to") << with([](Filter &f) { f.establishedTo = 2021; })
                                    << QStringLiteral("Established up to 2021");
    QTest::newRow("gap") << with([](Filter &f) { f.gap = QStringLiteral("no-coordinates"); })
                         << QStringLiteral("Gap: No coordinates");
    QTest::newRow("gap sources disagree")
        << with([](Filter &f) { f.gap = QStringLiteral("sources-disagree"); })
        << QStringLiteral("Gap: Sources disagree");
    QTest::newRow("field") << with([](Filter &f) { f.field = QStringLiteral("agriculture"); })
                           << QStringLiteral("Field: Agriculture");
    QTest::newRow("mode") << with([](Filter &f) { f.mode = QStringLiteral("in_person"); })
                          << QStringLiteral("Mode: In person");
    QTest::newRow("exchanges both ends") << with([](Filter &f) {
        f.exchangeFrom = 2019;
        f.exchangeTo = 2021;
    }) << QStringLiteral("Exchanges 2019–2021");
    QTest::newRow("exchanges from")
        << with([](Filter &f) { f.exchangeFrom = 2019; }) << QStringLiteral("Exchanges from 2019");
    QTest::newRow("exchanges to") << with([](Filter &f) { f.exchangeTo = 2021; })
                                  << QStringLiteral("Exchanges up to 2021");
    QTest::newRow("has exchanges yes")
        << with([](Filter &f) { f.hasExchanges = Filter::HasExchanges::Yes; })
        << QStringLiteral("Pairings with exchanges");
    QTest::newRow("has exchanges no")
        << with([](Filter &f) { f.hasExchanges = Filter::HasExchanges::No; })
        << QStringLiteral("Pairings without exchanges");
}

void TestFilterDescription::describesOneCriterion()
{
    QFETCH(QVariantMap, filter);
    QFETCH(QString, part);
    QCOMPARE(FilterDescription::text(Filter::fromMap(filter), choices()),
             QStringLiteral("Filters: ") + part);
}

// The pairings a span of established years hides for want of a year are said after the
// criteria, in the singular for one, and not at all for none or while they are counted.
void TestFilterDescription::saysWhatTheYearsHide()
{
    Filter filter;
    filter.establishedFrom = 1990;
    filter.establishedTo = 2000;
    QCOMPARE(FilterDescription::text(filter, choices(), 12),
             QStringLiteral("Filters: Established 1990–2000 · 12 pairings without a year are not "
                            "shown"));
    QCOMPARE(FilterDescription::text(filter, choices(), 1),
             QStringLiteral("Filters: Established 1990–2000 · 1 pairing without a year is not "
                            "shown"));
    QCOMPARE(FilterDescription::text(filter, choices(), 0),
             QStringLiteral("Filters: Established 1990–2000"));
    QCOMPARE(FilterDescription::text(filter, choices(), -1),
             QStringLiteral("Filters: Established 1990–2000"));
    QCOMPARE(FilterDescription::withoutYear(1234),
             QStringLiteral("1,234 pairings without a year are not shown"));
    QCOMPARE(FilterDescription::withoutYear(0), QString());
}

QTEST_GUILESS_MAIN(TestFilterDescription)
#include "tst_filterdescription.moc"
