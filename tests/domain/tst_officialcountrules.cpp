// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/officialcountrules.h"

#include <QTest>

// The rules an official total must meet before it is saved, good and bad: a date that parses
// at any precision and is not more than a year ahead, a total of at least one pair, parts that
// are whole, not below 0 and together not above the total, and a web address that is one. A
// user would see a total of 0 or a split larger than the whole saved, or a right one refused.
class TestOfficialCountRules : public QObject
{
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
    void numbersAsTyped_data();
    void numbersAsTyped();
};

void TestOfficialCountRules::rules_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("provinceState");
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("fields"); // the fields with a problem, in order

    auto row = [](const char *name, const char *date, const char *total, const char *provinceState,
                  const char *city, const char *url, const char *fields) {
        QTest::newRow(name) << QString::fromUtf8(date) << QString::fromUtf8(total)
                            << QString::fromUtf8(provinceState) << QString::fromUtf8(city)
                            << QString::fromUtf8(url)
                            << QString::fromLatin1(fields).split(QLatin1Char(' '),
                                                                 Qt::SkipEmptyParts);
    };
    row("a month, split known", "2022-04", "284", "50", "234", "https://mongoltime.com/?p=462", "");
    row("a day, split unknown", "2023-11-03", "284", "", "", "", "");
    row("a year, one part known", "2019", "277", "", "227", "", "");
    row("no date", "", "284", "", "", "", "date");
    row("not a date", "April 2022", "284", "", "", "", "date");
    row("month 13", "2022-13", "284", "", "", "", "date");
    row("two years ahead", "2028-01", "284", "", "", "", "date");
    row("next year is fine", "2027-06", "284", "", "", "", "");
    row("no total", "2022", "", "", "", "", "total");
    row("total of 0", "2022", "0", "", "", "", "total");
    row("negative total", "2022", "-4", "", "", "", "total");
    row("total in words", "2022", "many", "", "", "", "total");
    row("half a pair", "2022", "284.5", "", "", "", "total");
    row("part below 0", "2022", "284", "-1", "", "", "provinceState");
    row("part in words", "2022", "284", "", "some", "", "city");
    row("parts above the total", "2022", "284", "60", "234", "", "parts");
    row("one part above the total", "2022", "284", "", "285", "", "parts");
    row("parts equal to the total", "2022", "284", "50", "234", "", "");
    row("not a web address", "2022", "284", "", "", "mongoltime.com", "sourceUrl");
    row("everything wrong", "", "0", "-1", "x", "ftp://x",
        "date total provinceState city sourceUrl");
}

void TestOfficialCountRules::rules()
{
    QFETCH(QString, date);
    QFETCH(QString, total);
    QFETCH(QString, provinceState);
    QFETCH(QString, city);
    QFETCH(QString, url);
    QFETCH(QStringList, fields);
    const QList<OfficialCountRules::Problem> problems =
        OfficialCountRules::check({date, total, provinceState, city, url}, QDate(2026, 11, 29));
    QStringList found;
    for (const OfficialCountRules::Problem &problem : problems) {
        found << problem.field;
        QVERIFY2(!problem.message.isEmpty(), qPrintable(problem.field));
    }
    QCOMPARE(found, fields);
}

void TestOfficialCountRules::numbersAsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("number"); // -1: not a number
    QTest::newRow("digits") << QStringLiteral("288") << 288;
    QTest::newRow("spaces around") << QStringLiteral(" 288 ") << 288;
    QTest::newRow("thousands") << QStringLiteral("1,234") << 1234;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("words") << QStringLiteral("two hundred") << -1;
    QTest::newRow("fraction") << QStringLiteral("2.5") << -1;
}

void TestOfficialCountRules::numbersAsTyped()
{
    QFETCH(QString, typed);
    QFETCH(int, number);
    const std::optional<int> read = OfficialCountRules::number(typed);
    QCOMPARE(read.value_or(-1), number);
}

QTEST_GUILESS_MAIN(TestOfficialCountRules)
#include "tst_officialcountrules.moc"
