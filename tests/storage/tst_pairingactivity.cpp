// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The summary of each pairing's exchanges (fields, modes, years) that the schema keeps by
// triggers: after every kind of change it equals what a direct count of the links says.
class TestPairingActivity : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void matchesTheLinksAfterEveryChange_data();
    void matchesTheLinksAfterEveryChange();

private:
    QStringList kept() const;
    QStringList counted() const;
    QStringList rows(const QString &sql) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestPairingActivity::init()
{
    m_db.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("test.sqlite")));
    m_db = TestSupport::createWithShippedData(m_dir);
}

QStringList TestPairingActivity::rows(const QString &sql) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql))
        qFatal("%s", qPrintable(query.lastError().text()));
    QStringList result;
    while (query.next()) {
        result << QStringLiteral("%1 %2 %3 %4")
                      .arg(query.value(0).toString(), query.value(1).toString(),
                           query.value(2).toString(), query.value(3).toString());
    }
    return result;
}

QStringList TestPairingActivity::kept() const
{
    return rows(QStringLiteral("SELECT facet, value, pairing_id, exchanges FROM pairing_activity "
                               "ORDER BY facet, value, pairing_id"));
}

QStringList TestPairingActivity::counted() const
{
    return rows(QStringLiteral(
        "SELECT facet, value, pairing_id, n FROM ("
        "SELECT 'field' AS facet, e.field AS value, ep.pairing_id, count(*) AS n FROM "
        "exchange_pairings ep JOIN exchanges e ON e.id = ep.exchange_id GROUP BY 1, 2, 3 "
        "UNION ALL SELECT 'mode', e.mode, ep.pairing_id, count(*) FROM exchange_pairings ep "
        "JOIN exchanges e ON e.id = ep.exchange_id GROUP BY 1, 2, 3 "
        "UNION ALL SELECT 'year', substr(e.date, 1, 4), ep.pairing_id, count(*) FROM "
        "exchange_pairings ep JOIN exchanges e ON e.id = ep.exchange_id WHERE e.date IS NOT NULL "
        "GROUP BY 1, 2, 3) AS counted ORDER BY facet, value, pairing_id"));
}

void TestPairingActivity::matchesTheLinksAfterEveryChange_data()
{
    QTest::addColumn<QStringList>("statements");
    const QString stLouis = QStringLiteral(
        "(SELECT p.id FROM pairings p JOIN places c ON c.id = p.chinese_place_id JOIN places u "
        "ON u.id = p.us_place_id WHERE c.name_en = 'Nanjing' AND u.name_en = 'St. Louis')");
    const QString masks = QStringLiteral(
        "(SELECT id FROM exchanges WHERE title = 'Nanjing sends face masks to St. Louis')");
    QTest::newRow("as loaded") << QStringList();
    QTest::newRow("new exchange linked") << QStringList{
        QStringLiteral("INSERT INTO exchanges (id, title, field, mode, date) "
                       "VALUES (9001, 'Test', 'science', 'online', '2021-05')"),
        QStringLiteral("INSERT INTO exchange_pairings VALUES (9001, %1)").arg(stLouis)};
    QTest::newRow("link removed") << QStringList{
        QStringLiteral("DELETE FROM exchange_pairings WHERE exchange_id = %1").arg(masks)};
    QTest::newRow("field, mode and date changed")
        << QStringList{QStringLiteral("UPDATE exchanges SET field = 'science', mode = 'hybrid', "
                                      "date = '2019' WHERE id = %1")
                           .arg(masks)};
    QTest::newRow("date made unknown")
        << QStringList{QStringLiteral("UPDATE exchanges SET date = NULL WHERE id = %1").arg(masks)};
    QTest::newRow("exchange deleted")
        << QStringList{QStringLiteral("DELETE FROM exchanges WHERE id = %1").arg(masks)};
    QTest::newRow("exchange of two pairings deleted") << QStringList{
        QStringLiteral("DELETE FROM exchanges WHERE title LIKE 'Xi Jinping reunites%'")};
    QTest::newRow("many exchanges deleted in one statement")
        << QStringList{QStringLiteral("DELETE FROM exchanges WHERE id % 3 = 0")};
    QTest::newRow("many links removed in one statement")
        << QStringList{QStringLiteral("DELETE FROM exchange_pairings WHERE exchange_id % 2 = 0")};
    QTest::newRow("pairing deleted") << QStringList{
        QStringLiteral("DELETE FROM pairing_sources WHERE pairing_id = %1").arg(stLouis),
        QStringLiteral("DELETE FROM pairings WHERE id = %1").arg(stLouis)};
}

void TestPairingActivity::matchesTheLinksAfterEveryChange()
{
    QFETCH(QStringList, statements);
    const QStringList before = kept();
    QVERIFY(!before.isEmpty());
    for (const QString &statement : statements) {
        QSqlQuery query(m_db->connection());
        QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
    }
    QCOMPARE(kept(), counted());
    if (!statements.isEmpty())
        QVERIFY(kept() != before); // the change did reach the summary
}

QTEST_GUILESS_MAIN(TestPairingActivity)
#include "tst_pairingactivity.moc"
