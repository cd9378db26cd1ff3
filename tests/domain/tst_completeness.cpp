// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/completeness.h"

#include <QTest>

// The gaps as criteria of a filter and as lines of the Completeness tab: each key names one gap
// and comes back from the settings as it went in, a gap this program does not know is dropped
// rather than kept as a criterion nothing matches, and the lines read in the singular for one
// pairing. If this broke, a remembered gap filter would be lost on the next start, or a line
// would speak of "1 pairings".
class TestCompleteness : public QObject
{
    Q_OBJECT
private slots:
    void eachKeyNamesOneGap();
    void aGapComesBackFromTheSettings();
    void anUnknownGapIsDropped();
    void theStatusComesLast();
    void oneAndSeveralPairings();
};

void TestCompleteness::eachKeyNamesOneGap()
{
    const QStringList keys = Completeness::gapKeys();
    QStringList names;
    for (const QString &key : keys) {
        const auto gap = Completeness::gapFromKey(key);
        QVERIFY(gap);
        QCOMPARE(Completeness::key(*gap), key);
        names << Completeness::displayNameOfGapKey(key);
        QVERIFY(names.last() != key);
    }
    names.removeDuplicates();
    QCOMPARE(names.size(), keys.size());
}

void TestCompleteness::aGapComesBackFromTheSettings()
{
    for (const QString &key : Completeness::gapKeys()) {
        Filter filter;
        filter.gap = key;
        filter.level = QStringLiteral("city");
        QVERIFY(filter.hasPairingCriteria());
        QCOMPARE(Filter::fromMap(filter.toMap()), filter);
    }
}

void TestCompleteness::anUnknownGapIsDropped()
{
    const Filter filter = Filter::fromMap({{QStringLiteral("gap"), QStringLiteral("no-colour")},
                                           {QStringLiteral("level"), QStringLiteral("city")}});
    QVERIFY(filter.gap.isEmpty());
    QCOMPARE(filter.level, QStringLiteral("city"));
}

void TestCompleteness::theStatusComesLast()
{
    FilterChoices choices;
    for (const QString &key : Completeness::gapKeys())
        choices.gaps << FilterChoice{key, QString(), QString(), 3};
    choices.statuses << FilterChoice{QStringLiteral("active"), QString(), QString(), 2}
                     << FilterChoice{Filter::unknownStatus(), QString(), QString(), 5};
    const QList<Completeness::Line> lines = Completeness::lines(choices);
    QCOMPARE(lines.size(), choices.gaps.size() + 1);
    for (qsizetype i = 0; i < choices.gaps.size(); ++i) {
        QCOMPARE(lines.at(i).filter.gap, choices.gaps.at(i).key);
        QCOMPARE(lines.at(i).count, 3);
    }
    Filter noStatus;
    noStatus.status = Filter::unknownStatus();
    QCOMPARE(lines.last().filter, noStatus);
    QCOMPARE(lines.last().count, 5);
}

void TestCompleteness::oneAndSeveralPairings()
{
    Filter filter;
    filter.gap = QStringLiteral("no-year");
    QCOMPARE(Completeness::text({filter, 88}, 219),
             QStringLiteral("Year not known: 88 of 219 pairings"));
    QCOMPARE(Completeness::text({filter, 1}, 1), QStringLiteral("Year not known: 1 of 1 pairing"));
    Filter noStatus;
    noStatus.status = Filter::unknownStatus();
    QCOMPARE(Completeness::text({noStatus, 0}, 2),
             QStringLiteral("Status not recorded: 0 of 2 pairings"));
}

QTEST_GUILESS_MAIN(TestCompleteness)
#include "tst_completeness.moc"
