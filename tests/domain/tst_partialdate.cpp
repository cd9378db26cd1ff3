// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/partialdate.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <random>

Q_DECLARE_METATYPE(PartialDate)
Q_DECLARE_METATYPE(PartialDate::Precision)

// Dates known to the year, the month or the day: what is accepted, what is refused and why, how
// they sort (the database sorts their ISO text) and how they are shown.
class TestPartialDate : public QObject
{
    Q_OBJECT
private slots:
    void acceptsGoodText_data();
    void acceptsGoodText();
    void refusesBadText_data();
    void refusesBadText();
    void ordersByDate();
    void unknownSortsLast();
    void equality();
    void displayString_data();
    void displayString();
    void displayStringInChinese_data();
    void displayStringInChinese();
    void factories_data();
    void factories();
    void isoTextSortsInDateOrder();
};

void TestPartialDate::acceptsGoodText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<PartialDate::Precision>("precision");
    QTest::addColumn<QString>("iso");

    using P = PartialDate::Precision;
    QTest::newRow("year") << QStringLiteral("1979") << 1979 << 0 << 0 << P::Year
                          << QStringLiteral("1979");
    QTest::newRow("month") << QStringLiteral("1980-01") << 1980 << 1 << 0 << P::Month
                           << QStringLiteral("1980-01");
    QTest::newRow("day") << QStringLiteral("2023-11-03") << 2023 << 11 << 3 << P::Day
                         << QStringLiteral("2023-11-03");
    QTest::newRow("leap day") << QStringLiteral("2024-02-29") << 2024 << 2 << 29 << P::Day
                              << QStringLiteral("2024-02-29");
    QTest::newRow("leap day 2000") << QStringLiteral("2000-02-29") << 2000 << 2 << 29 << P::Day
                                   << QStringLiteral("2000-02-29");
    QTest::newRow("end of year") << QStringLiteral("1999-12-31") << 1999 << 12 << 31 << P::Day
                                 << QStringLiteral("1999-12-31");
    QTest::newRow("spaces around year")
        << QStringLiteral("  1979 ") << 1979 << 0 << 0 << P::Year << QStringLiteral("1979");
    QTest::newRow("leading spaces month")
        << QStringLiteral("   1980-01") << 1980 << 1 << 0 << P::Month << QStringLiteral("1980-01");
    QTest::newRow("tab and newline around day") << QStringLiteral("\t2023-11-03\n") << 2023 << 11
                                                << 3 << P::Day << QStringLiteral("2023-11-03");
}

void TestPartialDate::acceptsGoodText()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(PartialDate::Precision, precision);
    QFETCH(QString, iso);

    QString error = QStringLiteral("left over from an earlier call");
    const PartialDate date = PartialDate::fromIso(text, &error);
    QVERIFY2(!date.isNull(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(date.yearPart(), year);
    QCOMPARE(date.monthPart(), month);
    QCOMPARE(date.dayPart(), day);
    QCOMPARE(date.precision(), precision);
    QCOMPARE(date.toIso(), iso);
    // Round trip through the stored text.
    QCOMPARE(PartialDate::fromIso(date.toIso()), date);
    QCOMPARE(PartialDate::fromIso(text), date); // the error out-parameter is optional
}

void TestPartialDate::refusesBadText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions"); // a phrase the error must contain, if any

    QTest::newRow("month 13, day 45") << QStringLiteral("2023-13-45") << QStringLiteral("month 13");
    QTest::newRow("letter in year") << QStringLiteral("19x9") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only spaces") << QStringLiteral("   ") << QString();
    QTest::newRow("one-digit month") << QStringLiteral("1979-1") << QString();
    QTest::newRow("month 00") << QStringLiteral("1979-00") << QString();
    QTest::newRow("29 February, not a leap year") << QStringLiteral("2023-02-29") << QString();
    QTest::newRow("31 April") << QStringLiteral("2023-04-31") << QString();
    QTest::newRow("two-digit year") << QStringLiteral("79") << QString();
    QTest::newRow("five-digit year") << QStringLiteral("19790") << QString();
    QTest::newRow("slash") << QStringLiteral("1979/01") << QString();
    QTest::newRow("date and time") << QStringLiteral("1979-01-01T00:00") << QString();
    QTest::newRow("year before 1000") << QStringLiteral("0999") << QString();
}

void TestPartialDate::refusesBadText()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);

    QString error;
    const PartialDate date = PartialDate::fromIso(text, &error);
    QVERIFY2(date.isNull(), qPrintable(date.toIso()));
    QCOMPARE(date, PartialDate());
    QVERIFY(date.toIso().isEmpty());
    QVERIFY(!error.trimmed().isEmpty());
    if (!mentions.isEmpty()) {
        const QRegularExpression phrase(QStringLiteral("\\b%1\\b").arg(mentions),
                                        QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(phrase.match(error).hasMatch(), qPrintable(error));
    }
    QVERIFY(PartialDate::fromIso(text).isNull()); // without the error out-parameter
}

void TestPartialDate::ordersByDate()
{
    // A year sorts before its months, a month before its days.
    const QStringList ascending{QStringLiteral("1979"), QStringLiteral("1979-01"),
                                QStringLiteral("1979-01-02"), QStringLiteral("1979-02"),
                                QStringLiteral("1980")};
    for (qsizetype i = 0; i < ascending.size(); ++i) {
        const PartialDate a = PartialDate::fromIso(ascending.at(i));
        QVERIFY(!a.isNull());
        QVERIFY2(!(a < a), qPrintable(ascending.at(i)));
        for (qsizetype j = i + 1; j < ascending.size(); ++j) {
            const PartialDate b = PartialDate::fromIso(ascending.at(j));
            const QByteArray pair =
                (ascending.at(i) + QLatin1String(" < ") + ascending.at(j)).toUtf8();
            QVERIFY2(a < b, pair.constData());
            QVERIFY2(!(b < a), pair.constData());
        }
    }
}

void TestPartialDate::unknownSortsLast()
{
    const PartialDate unknown;
    QVERIFY(unknown.isNull());
    QVERIFY(!(unknown < unknown));
    for (const QString &text : {QStringLiteral("1000"), QStringLiteral("1979"),
                                QStringLiteral("2023-11-03"), QStringLiteral("9999-12-31")}) {
        const PartialDate known = PartialDate::fromIso(text);
        QVERIFY(!known.isNull());
        QVERIFY2(known < unknown, qPrintable(text));
        QVERIFY2(!(unknown < known), qPrintable(text));
    }
}

void TestPartialDate::equality()
{
    QCOMPARE(PartialDate::fromIso(QStringLiteral("1980-01")),
             PartialDate::fromIso(QStringLiteral(" 1980-01 ")));
    QCOMPARE(PartialDate::fromIso(QStringLiteral("2023-11-03")), PartialDate::day(2023, 11, 3));
    QCOMPARE(PartialDate::fromIso(QStringLiteral("bad")), PartialDate());
    // A year is not its January, nor its first day.
    QVERIFY(PartialDate::year(1979) != PartialDate::month(1979, 1));
    QVERIFY(PartialDate::month(1979, 1) != PartialDate::day(1979, 1, 1));
    QVERIFY(PartialDate::year(1979) != PartialDate::year(1980));
    QVERIFY(PartialDate::year(1979) != PartialDate());
    QVERIFY(!(PartialDate::year(1979) == PartialDate::month(1979, 1)));
}

void TestPartialDate::displayString_data()
{
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("shown");

    QTest::newRow("year") << QStringLiteral("1979") << QStringLiteral("1979");
    QTest::newRow("month") << QStringLiteral("1980-01") << QStringLiteral("Jan 1980");
    QTest::newRow("day") << QStringLiteral("2023-11-03") << QStringLiteral("3 Nov 2023");
    QTest::newRow("two-digit day") << QStringLiteral("2024-02-29") << QStringLiteral("29 Feb 2024");
    QTest::newRow("unknown") << QString() << QString();
}

void TestPartialDate::displayString()
{
    QFETCH(QString, iso);
    QFETCH(QString, shown);

    const PartialDate date = PartialDate::fromIso(iso);
    QCOMPARE(date.isNull(), iso.isEmpty());
    QCOMPARE(date.toDisplayString(QLocale(QLocale::English, QLocale::UnitedStates)), shown);
}

void TestPartialDate::displayStringInChinese_data()
{
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("shown");
    QTest::newRow("year") << QStringLiteral("1979") << QStringLiteral("1979年");
    QTest::newRow("month") << QStringLiteral("1980-01") << QStringLiteral("1980年1月");
    QTest::newRow("day") << QStringLiteral("2023-11-03") << QStringLiteral("2023年11月3日");
}

void TestPartialDate::displayStringInChinese()
{
    QFETCH(QString, iso);
    QFETCH(QString, shown);
    QCOMPARE(PartialDate::fromIso(iso).toDisplayString(QLocale(QLocale::Chinese, QLocale::China)),
             shown);
}

void TestPartialDate::factories_data()
{
    QTest::addColumn<PartialDate>("date");
    QTest::addColumn<QString>("iso"); // empty: the factory must refuse

    QTest::newRow("year(1979)") << PartialDate::year(1979) << QStringLiteral("1979");
    QTest::newRow("month(1980, 1)") << PartialDate::month(1980, 1) << QStringLiteral("1980-01");
    QTest::newRow("month(1980, 12)") << PartialDate::month(1980, 12) << QStringLiteral("1980-12");
    QTest::newRow("day(2023, 11, 3)")
        << PartialDate::day(2023, 11, 3) << QStringLiteral("2023-11-03");
    QTest::newRow("day(2024, 2, 29)")
        << PartialDate::day(2024, 2, 29) << QStringLiteral("2024-02-29");
    QTest::newRow("month(2023, 13)") << PartialDate::month(2023, 13) << QString();
    QTest::newRow("month(2023, 0)") << PartialDate::month(2023, 0) << QString();
    QTest::newRow("day(2023, 4, 31)") << PartialDate::day(2023, 4, 31) << QString();
    QTest::newRow("day(2023, 2, 29)") << PartialDate::day(2023, 2, 29) << QString();
    QTest::newRow("day(2023, 13, 1)") << PartialDate::day(2023, 13, 1) << QString();
    QTest::newRow("year(999)") << PartialDate::year(999) << QString();
    QTest::newRow("year(10000)") << PartialDate::year(10000) << QString();
}

void TestPartialDate::factories()
{
    QFETCH(PartialDate, date);
    QFETCH(QString, iso);

    QCOMPARE(date.isNull(), iso.isEmpty());
    QCOMPARE(date.toIso(), iso);
    QCOMPARE(date, PartialDate::fromIso(iso));
}

void TestPartialDate::isoTextSortsInDateOrder()
{
    // The database sorts dates as text (ORDER BY established): that must be date order.
    QStringList isos{
        QStringLiteral("1000"),       QStringLiteral("1979"),       QStringLiteral("1979-01"),
        QStringLiteral("1979-01-01"), QStringLiteral("1979-01-02"), QStringLiteral("1979-01-10"),
        QStringLiteral("1979-01-31"), QStringLiteral("1979-02"),    QStringLiteral("1979-09-30"),
        QStringLiteral("1979-10"),    QStringLiteral("1979-10-01"), QStringLiteral("1979-12-31"),
        QStringLiteral("1980"),       QStringLiteral("1980-01"),    QStringLiteral("1999-12"),
        QStringLiteral("2000"),       QStringLiteral("2000-02-29"), QStringLiteral("2023-11-03"),
        QStringLiteral("2024"),       QStringLiteral("9999-12-31"),
    };
    std::mt19937 random(20231103); // fixed seed: the same shuffle on every run
    std::shuffle(isos.begin(), isos.end(), random);

    QList<PartialDate> dates;
    for (const QString &iso : isos) {
        const PartialDate date = PartialDate::fromIso(iso);
        QVERIFY2(!date.isNull(), qPrintable(iso));
        QCOMPARE(date.toIso(), iso);
        dates << date;
    }
    dates << PartialDate(); // an unknown date goes after all of them

    std::sort(isos.begin(), isos.end());
    std::sort(dates.begin(), dates.end());

    QVERIFY(dates.last().isNull());
    dates.removeLast();
    QStringList byDate;
    for (const PartialDate &date : dates)
        byDate << date.toIso();
    QCOMPARE(byDate, isos);
    // No two distinct dates compare equivalent.
    for (qsizetype i = 1; i < dates.size(); ++i)
        QVERIFY2(dates.at(i - 1) < dates.at(i), qPrintable(byDate.at(i)));
}

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
