// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/completeness.h"
#include "app/storage/database.h"
#include "app/storage/databasecheck.h"
#include "app/storage/filterchoicestore.h"
#include "tests/support/gapsql.h"
#include "tests/support/testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

// What the records lack, as the filter bar's Gap choices, the Completeness tab and `bridges
// check` count it: each count equals the pairings a second, independent SQL finds, none is
// left at zero by the fixture (so none passes by counting nothing), and the counts follow the
// records. If this broke, an association would be sent to fill in gaps that are not there, or
// not be told of those that are.
class TestFilterChoiceStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyGapIsCounted();
    void eachCountMatchesDirectSql_data();
    void eachCountMatchesDirectSql();
    void checkCountsTheSame();
    void countsFollowTheRecords();
    void anEmptyDatabaseLacksNothing();

private:
    qint64 sql(const QString &query) const
    {
        return TestSupport::scalar(*m_db, query).toLongLong();
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestFilterChoiceStore::initTestCase()
{
    m_db = TestSupport::createWithShippedData(m_dir);
    // Every shipped pairing cites its source: two that cite none, so that gap is counted too.
    TestSupport::execute(*m_db, QStringLiteral("DELETE FROM pairing_sources WHERE pairing_id IN "
                                               "(SELECT id FROM pairings ORDER BY id LIMIT 2)"));
}

void TestFilterChoiceStore::everyGapIsCounted()
{
    const FilterChoices choices = FilterChoiceStore(*m_db).read();
    QStringList counted;
    for (const FilterChoice &gap : choices.gaps)
        counted << gap.key;
    QCOMPARE(counted, Completeness::gapKeys());
    QCOMPARE(Completeness::pairings(choices), sql(QStringLiteral("SELECT count(*) FROM pairings")));
}

void TestFilterChoiceStore::eachCountMatchesDirectSql_data()
{
    QTest::addColumn<int>("line"); // of Completeness::lines
    const FilterChoices choices = FilterChoiceStore(*m_db).read();
    const QList<Completeness::Line> lines = Completeness::lines(choices);
    for (int i = 0; i < lines.size(); ++i) {
        const QString gap = lines.at(i).filter.gap;
        QTest::newRow(gap.isEmpty() ? "status not recorded" : qPrintable(gap)) << i;
    }
}

void TestFilterChoiceStore::eachCountMatchesDirectSql()
{
    QFETCH(int, line);
    const Completeness::Line gap = Completeness::lines(FilterChoiceStore(*m_db).read()).at(line);
    const qint64 expected = sql(TestSupport::countOfPairingsWithGap(gap.filter));
    QVERIFY(expected > 0);
    QCOMPARE(gap.count, expected);
}

void TestFilterChoiceStore::checkCountsTheSame()
{
    const DatabaseCheck check = DatabaseCheck::of(*m_db);
    const QList<Completeness::Line> lines = Completeness::lines(FilterChoiceStore(*m_db).read());
    QCOMPARE(check.gaps.size(), lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCOMPARE(check.gaps.at(i).filter, lines.at(i).filter);
        QCOMPARE(check.gaps.at(i).count,
                 sql(TestSupport::countOfPairingsWithGap(lines.at(i).filter)));
    }
}

void TestFilterChoiceStore::countsFollowTheRecords()
{
    const auto countOf = [this](const QString &key) {
        for (const FilterChoice &gap : FilterChoiceStore(*m_db).read().gaps) {
            if (gap.key == key)
                return gap.count;
        }
        return qint64(-1);
    };
    const qint64 withoutYear = countOf(QStringLiteral("no-year"));
    const qint64 disagreeing = countOf(QStringLiteral("sources-disagree"));
    // A year found for one pairing; another's note now tells of a disagreement, in capitals.
    TestSupport::execute(
        *m_db, QStringLiteral("UPDATE pairings SET established = '1999' WHERE id = "
                              "(SELECT min(id) FROM pairings WHERE established IS NULL)"));
    TestSupport::execute(
        *m_db, QStringLiteral("UPDATE pairings SET notes = 'A city page gives 1990 INSTEAD' WHERE "
                              "id = (SELECT min(id) FROM pairings WHERE id NOT IN (%1))")
                   .arg(TestSupport::pairingsWithGap(
                       TestSupport::gapFilter(QStringLiteral("sources-disagree")))));
    QCOMPARE(countOf(QStringLiteral("no-year")), withoutYear - 1);
    QCOMPARE(countOf(QStringLiteral("sources-disagree")), disagreeing + 1);
    for (const QString &key : {QStringLiteral("no-year"), QStringLiteral("sources-disagree")})
        QCOMPARE(countOf(key),
                 sql(TestSupport::countOfPairingsWithGap(TestSupport::gapFilter(key))));
}

void TestFilterChoiceStore::anEmptyDatabaseLacksNothing()
{
    QTemporaryDir dir;
    const std::unique_ptr<Database> empty = TestSupport::createEmpty(dir);
    const FilterChoices choices = FilterChoiceStore(*empty).read();
    QCOMPARE(choices.gaps.size(), Completeness::gapKeys().size());
    for (const Completeness::Line &line : Completeness::lines(choices))
        QCOMPARE(line.count, 0);
}

QTEST_GUILESS_MAIN(TestFilterChoiceStore)
#include "tst_filterchoicestore.moc"
