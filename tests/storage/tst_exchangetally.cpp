// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

// The tally of exchanges per year, field and mode (migration 005) and the per-pairing summary
// (004) stay equal to counting the exchanges themselves through inserts, changes of date,
// field and mode, moves between pairings, and deletes.
class TestExchangeTally : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void startsEqualToTheExchanges();
    void followsInsertsChangesAndDeletes();
    void followsAnExchangeMovedToAnotherPairing();

private:
    void verifyTally() const;
    void verifyActivity() const;
    void run(const QString &sql) const { TestSupport::execute(*m_db, sql); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestExchangeTally::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = TestSupport::createWithShippedData(*m_dir);
}

void TestExchangeTally::verifyTally() const
{
    QCOMPARE(TestSupport::keptTally(*m_db), TestSupport::countedTally(*m_db));
}

void TestExchangeTally::verifyActivity() const
{
    QCOMPARE(TestSupport::keptActivity(*m_db), TestSupport::countedActivity(*m_db));
}

void TestExchangeTally::startsEqualToTheExchanges()
{
    QVERIFY(
        TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM exchange_tally")).toInt() >
        10);
    verifyTally();
}

void TestExchangeTally::followsInsertsChangesAndDeletes()
{
    run(QStringLiteral("INSERT INTO exchanges (title, field, mode) VALUES ('Undated', 'science', "
                       "'online')"));
    run(QStringLiteral("INSERT INTO exchanges (date, title, field, mode) VALUES ('1979-02', "
                       "'Early', 'science', 'online')"));
    verifyTally();
    run(QStringLiteral("UPDATE exchanges SET date = '2020-05-01' WHERE title = 'Undated'"));
    verifyTally();
    run(QStringLiteral("UPDATE exchanges SET field = 'art', mode = 'hybrid' WHERE title = "
                       "'Early'"));
    verifyTally();
    run(QStringLiteral("UPDATE exchanges SET date = NULL WHERE id IN (SELECT id FROM exchanges "
                       "ORDER BY id LIMIT 5)"));
    verifyTally();
    verifyActivity();
    run(QStringLiteral("DELETE FROM exchanges WHERE id % 3 = 0"));
    verifyTally();
    verifyActivity();
    run(QStringLiteral("DELETE FROM exchanges"));
    QCOMPARE(
        TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM exchange_tally")).toInt(),
        0);
}

void TestExchangeTally::followsAnExchangeMovedToAnotherPairing()
{
    verifyActivity();
    // Changed in place, a link would slip past the summary: the database refuses that.
    QSqlQuery update(m_db->connection());
    QVERIFY(!update.exec(QStringLiteral("UPDATE exchange_pairings SET pairing_id = pairing_id")));
    QVERIFY(update.lastError().text().contains(QStringLiteral("removed and made again")));
    // Moved the way it is done: one link removed, another made.
    const QString moved = QStringLiteral(
        "SELECT exchange_id FROM exchange_pairings GROUP BY exchange_id HAVING count(*) = 1 AND "
        "max(pairing_id) < (SELECT max(id) FROM pairings) ORDER BY exchange_id LIMIT 3");
    run(QStringLiteral("CREATE TEMP TABLE moved AS ") + moved);
    run(QStringLiteral("DELETE FROM exchange_pairings WHERE exchange_id IN "
                       "(SELECT exchange_id FROM moved)"));
    run(QStringLiteral("INSERT INTO exchange_pairings (exchange_id, pairing_id) SELECT "
                       "exchange_id, (SELECT max(id) FROM pairings) FROM moved"));
    QCOMPARE(TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM exchange_pairings "
                                                       "WHERE exchange_id IN (SELECT exchange_id "
                                                       "FROM moved) AND pairing_id = (SELECT "
                                                       "max(id) FROM pairings)"))
                 .toInt(),
             3);
    verifyActivity();
}

QTEST_GUILESS_MAIN(TestExchangeTally)
#include "tst_exchangetally.moc"
