// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/filteroptions.h"
#include "app/domain/completeness.h"

#include <QCommandLineParser>
#include <QTest>

// The filter options of the command line (export-chart and every verb that takes a filter): if
// this broke, `--level city` would chart every level, a province given in lower case would be
// refused, or a misspelt value would be silently ignored instead of being named in an error.
class TestFilterOptions : public QObject
{
    Q_OBJECT
private slots:
    void noOptionGivesAnEmptyFilter();
    void readsEachOption_data();
    void readsEachOption();
    void refusesBadValues_data();
    void refusesBadValues();

private:
    // Parses "bridges" followed by arguments and reads the filter from it.
    static std::optional<Filter> read(const QStringList &arguments, QString *error);
};

std::optional<Filter> TestFilterOptions::read(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    FilterOptions::add(parser);
    if (!parser.parse(QStringList{QStringLiteral("bridges")} + arguments))
        qFatal("the parser refused the line: %s", qPrintable(parser.errorText()));
    return FilterOptions::read(parser, error);
}

void TestFilterOptions::noOptionGivesAnEmptyFilter()
{
    QString error;
    const std::optional<Filter> filter = read({}, &error);
    QVERIFY2(filter, qPrintable(error));
    QVERIFY(filter->isEmpty());
    QVERIFY(error.isEmpty());
}

void TestFilterOptions::readsEachOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QVariantMap>("expected"); // Filter::toMap() of the filter read

    // The filter with one member set, as a map (so that the rows can be compared as a whole).
    auto with = [](auto set) {
        Filter filter;
        set(filter);
        return filter.toMap();
    };
    QTest::newRow("search") << QStringList{QStringLiteral("--search"), QStringLiteral(" Nanjing ")}
                            << with([](Filter &f) { f.search = QStringLiteral("Nanjing"); });
    QTest::newRow("level") << QStringList{QStringLiteral("--level"), QStringLiteral("city")}
                           << with([](Filter &f) { f.level = QStringLiteral("city"); });
    QTest::newRow("level, upper case")
        << QStringList{QStringLiteral("--level"), QStringLiteral("Province_State")}
        << with([](Filter &f) { f.level = QStringLiteral("province_state"); });
    QTest::newRow("relation") << QStringList{QStringLiteral("--relation"),
                                             QStringLiteral("friendship")}
                              << with([](Filter &f) { f.relation = QStringLiteral("friendship"); });
    QTest::newRow("status") << QStringList{QStringLiteral("--status"), QStringLiteral("dormant")}
                            << with([](Filter &f) { f.status = QStringLiteral("dormant"); });
    QTest::newRow("status unknown")
        << QStringList{QStringLiteral("--status"), QStringLiteral("unknown")}
        << with([](Filter &f) { f.status = Filter::unknownStatus(); });
    QTest::newRow("province") << QStringList{QStringLiteral("--province"), QStringLiteral("CN-JS")}
                              << with([](Filter &f) { f.province = QStringLiteral("CN-JS"); });
    QTest::newRow("province, lower case")
        << QStringList{QStringLiteral("--province"), QStringLiteral("cn-js")}
        << with([](Filter &f) { f.province = QStringLiteral("CN-JS"); });
    QTest::newRow("state") << QStringList{QStringLiteral("--state"), QStringLiteral("US-MO")}
                           << with([](Filter &f) { f.state = QStringLiteral("US-MO"); });
    QTest::newRow("established-from")
        << QStringList{QStringLiteral("--established-from"), QStringLiteral("1979")}
        << with([](Filter &f) { f.establishedFrom = 1979; });
    QTest::newRow("established-to")
        << QStringList{QStringLiteral("--established-to"), QStringLiteral("1990")}
        << with([](Filter &f) { f.establishedTo = 1990; });
    QTest::newRow("established span")
        << QStringList{QStringLiteral("--established-from"), QStringLiteral("1990"),
                       QStringLiteral("--established-to"), QStringLiteral("1990")}
        << with([](Filter &f) { f.establishedFrom = f.establishedTo = 1990; });
    for (const QString &gap : Completeness::gapKeys()) {
        QTest::newRow(qPrintable(QStringLiteral("gap ") + gap))
            << QStringList{QStringLiteral("--gap"), gap}
            << with([&gap](Filter &f) { f.gap = gap; });
    }
    QTest::newRow("gap, upper case")
        << QStringList{QStringLiteral("--gap"), QStringLiteral("No-Year")}
        << with([](Filter &f) { f.gap = QStringLiteral("no-year"); });
    QTest::newRow("field") << QStringList{QStringLiteral("--field"), QStringLiteral("education")}
                           << with([](Filter &f) { f.field = QStringLiteral("education"); });
    QTest::newRow("mode") << QStringList{QStringLiteral("--mode"), QStringLiteral("in_person")}
                          << with([](Filter &f) { f.mode = QStringLiteral("in_person"); });
    QTest::newRow("exchanges-from")
        << QStringList{QStringLiteral("--exchanges-from"), QStringLiteral("2010")}
        << with([](Filter &f) { f.exchangeFrom = 2010; });
    QTest::newRow("exchanges-to") << QStringList{QStringLiteral("--exchanges-to"),
                                                 QStringLiteral("2020")}
                                  << with([](Filter &f) { f.exchangeTo = 2020; });
    QTest::newRow("has-exchanges yes")
        << QStringList{QStringLiteral("--has-exchanges"), QStringLiteral("yes")}
        << with([](Filter &f) { f.hasExchanges = Filter::HasExchanges::Yes; });
    QTest::newRow("has-exchanges no")
        << QStringList{QStringLiteral("--has-exchanges"), QStringLiteral("no")}
        << with([](Filter &f) { f.hasExchanges = Filter::HasExchanges::No; });
    QTest::newRow("all at once") << QStringList{QStringLiteral("--level=county"),
                                                QStringLiteral("--relation=sister"),
                                                QStringLiteral("--status=active"),
                                                QStringLiteral("--province=CN-GD"),
                                                QStringLiteral("--state=US-CA"),
                                                QStringLiteral("--gap=no-source"),
                                                QStringLiteral("--field=art"),
                                                QStringLiteral("--mode=online"),
                                                QStringLiteral("--exchanges-from=2019"),
                                                QStringLiteral("--exchanges-to=2021"),
                                                QStringLiteral("--has-exchanges=yes")}
                                 << with([](Filter &f) {
                                        f.level = QStringLiteral("county");
                                        f.relation = QStringLiteral("sister");
                                        f.status = QStringLiteral("active");
                                        f.province = QStringLiteral("CN-GD");
                                        f.state = QStringLiteral("US-CA");
                                        f.gap = QStringLiteral("no-source");
                                        f.field = QStringLiteral("art");
                                        f.mode = QStringLiteral("online");
                                        f.exchangeFrom = 2019;
                                        f.exchangeTo = 2021;
                                        f.hasExchanges = Filter::HasExchanges::Yes;
                                    });
}

void TestFilterOptions::readsEachOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(QVariantMap, expected);
    QString error;
    const std::optional<Filter> filter = read(arguments, &error);
    QVERIFY2(filter, qPrintable(error));
    QCOMPARE(filter->toMap(), expected);
    QCOMPARE(*filter, Filter::fromMap(expected));
    QVERIFY(!filter->isEmpty());
}

void TestFilterOptions::refusesBadValues_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("option"); // the option the error must name
    QTest::addColumn<QString>("value");  // and the value it must quote

    QTest::newRow("level") << QStringList{QStringLiteral("--level"), QStringLiteral("town")}
                           << "--level"
                           << "town";
    QTest::newRow("relation") << QStringList{QStringLiteral("--relation"), QStringLiteral("twin")}
                              << "--relation"
                              << "twin";
    QTest::newRow("status") << QStringList{QStringLiteral("--status"), QStringLiteral("closed")}
                            << "--status"
                            << "closed";
    QTest::newRow("province of the US")
        << QStringList{QStringLiteral("--province"), QStringLiteral("US-CA")} << "--province"
        << "US-CA";
    QTest::newRow("province by name")
        << QStringList{QStringLiteral("--province"), QStringLiteral("Jiangsu")} << "--province"
        << "Jiangsu";
    QTest::newRow("state of China")
        << QStringList{QStringLiteral("--state"), QStringLiteral("CN-JS")} << "--state"
        << "CN-JS";
    QTest::newRow("year not a number")
        << QStringList{QStringLiteral("--established-from"), QStringLiteral("19x9")}
        << "--established-from"
        << "19x9";
    QTest::newRow("year too late")
        << QStringList{QStringLiteral("--established-to"), QStringLiteral("3000")}
        << "--established-to"
        << "3000";
    QTest::newRow("established span reversed")
        << QStringList{QStringLiteral("--established-from"), QStringLiteral("2000"),
                       QStringLiteral("--established-to"), QStringLiteral("1990")}
        << "--established-from"
        << "2000";
    QTest::newRow("exchange year too late")
        << QStringList{QStringLiteral("--exchanges-from"), QStringLiteral("3000")}
        << "--exchanges-from"
        << "3000";
    QTest::newRow("exchanges span reversed")
        << QStringList{QStringLiteral("--exchanges-from"), QStringLiteral("2020"),
                       QStringLiteral("--exchanges-to"), QStringLiteral("2010")}
        << "--exchanges-from"
        << "2020";
    QTest::newRow("gap") << QStringList{QStringLiteral("--gap"), QStringLiteral("no-colour")}
                         << "--gap"
                         << "no-colour";
    QTest::newRow("field") << QStringList{QStringLiteral("--field"), QStringLiteral("music")}
                           << "--field"
                           << "music";
    QTest::newRow("mode") << QStringList{QStringLiteral("--mode"), QStringLiteral("virtual")}
                          << "--mode"
                          << "virtual";
    QTest::newRow("has-exchanges")
        << QStringList{QStringLiteral("--has-exchanges"), QStringLiteral("maybe")}
        << "--has-exchanges"
        << "maybe";
}

void TestFilterOptions::refusesBadValues()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, option);
    QFETCH(QString, value);
    QString error;
    const std::optional<Filter> filter = read(arguments, &error);
    QVERIFY(!filter);
    QVERIFY2(error.startsWith(option + QLatin1Char(':')), qPrintable(error));
    QVERIFY2(error.contains(value), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestFilterOptions)
#include "tst_filteroptions.moc"
