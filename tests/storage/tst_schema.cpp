// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The schema itself refuses records that make no sense, whoever writes them.
class TestSchema : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void refusesBadRows_data();
    void refusesBadRows();
    void acceptsGoodRows();
    void listColumnsAreIndexed_data();
    void listColumnsAreIndexed();

private:
    bool run(const QString &sql);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestSchema::initTestCase()
{
    m_db = TestSupport::createEmpty(m_dir);
    QVERIFY(run(QStringLiteral("INSERT INTO places (id, name_en, country_code, kind) "
                               "VALUES (1, 'Nanjing', 'CN', 'city')")));
    QVERIFY(run(QStringLiteral("INSERT INTO places (id, name_en, country_code, kind) "
                               "VALUES (2, 'St. Louis', 'US', 'city')")));
}

bool TestSchema::run(const QString &sql)
{
    QSqlQuery query(m_db->connection());
    return query.exec(sql);
}

void TestSchema::refusesBadRows_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("latitude 200") << "INSERT INTO places (name_en, country_code, latitude, "
                                     "longitude) VALUES ('X', 'CN', 200, 10)";
    QTest::newRow("longitude -181") << "INSERT INTO places (name_en, country_code, latitude, "
                                       "longitude) VALUES ('X', 'CN', 10, -181)";
    QTest::newRow("latitude without longitude")
        << "INSERT INTO places (name_en, country_code, latitude) VALUES ('X', 'CN', 10)";
    QTest::newRow("empty name") << "INSERT INTO places (name_en, country_code) VALUES ('  ', 'CN')";
    QTest::newRow("unknown kind")
        << "INSERT INTO places (name_en, country_code, kind) VALUES ('X', 'CN', 'village')";
    QTest::newRow("lower-case country")
        << "INSERT INTO places (name_en, country_code) VALUES ('X', 'cn')";
    QTest::newRow("unknown relation") << "INSERT INTO pairings (chinese_place_id, us_place_id, "
                                         "relation, level) VALUES (1, 2, 'cousin', 'city')";
    QTest::newRow("unknown level") << "INSERT INTO pairings (chinese_place_id, us_place_id, "
                                      "relation, level) VALUES (1, 2, 'sister', 'village')";
    QTest::newRow("unknown status")
        << "INSERT INTO pairings (chinese_place_id, us_place_id, relation, level, status) "
           "VALUES (1, 2, 'sister', 'city', 'asleep')";
    QTest::newRow("place that does not exist")
        << "INSERT INTO pairings (chinese_place_id, us_place_id, relation, level) "
           "VALUES (1, 99, 'sister', 'city')";
    QTest::newRow("a place paired with itself")
        << "INSERT INTO pairings (chinese_place_id, us_place_id, relation, level) "
           "VALUES (1, 1, 'sister', 'city')";
    QTest::newRow("date of wrong length")
        << "INSERT INTO pairings (chinese_place_id, us_place_id, relation, level, established) "
           "VALUES (1, 2, 'sister', 'city', '79')";
    QTest::newRow("unknown field") << "INSERT INTO exchanges (title, field, mode) "
                                      "VALUES ('Visit', 'astrology', 'online')";
    QTest::newRow("unknown mode") << "INSERT INTO exchanges (title, field, mode) "
                                     "VALUES ('Visit', 'art', 'telepathy')";
    QTest::newRow("end before start")
        << "INSERT INTO exchanges (title, field, mode, date, end_date) "
           "VALUES ('Visit', 'art', 'online', '2020-05', '2019')";
    QTest::newRow("source with neither URL nor title")
        << "INSERT INTO sources (publisher) VALUES ('Somebody')";
}

void TestSchema::refusesBadRows()
{
    QFETCH(QString, sql);
    QVERIFY2(!run(sql), qPrintable(sql));
}

void TestSchema::acceptsGoodRows()
{
    QVERIFY(
        run(QStringLiteral("INSERT INTO pairings (id, chinese_place_id, us_place_id, relation, "
                           "level, established) VALUES (1, 1, 2, 'sister', 'city', '1979-11')")));
    QVERIFY2(!run(QStringLiteral("INSERT INTO pairings (chinese_place_id, us_place_id, relation, "
                                 "level) VALUES (1, 2, 'friendship', 'city')")),
             "the same two places paired twice");
    QVERIFY(run(QStringLiteral("INSERT INTO exchanges (id, title, field, mode, date, end_date) "
                               "VALUES (1, 'Visit', 'art', 'hybrid', '2019-05', '2019-05-20')")));
    QVERIFY(run(QStringLiteral("INSERT INTO exchange_pairings VALUES (1, 1)")));
    // Deleting the pairing takes its links with it, not the exchange.
    QVERIFY(run(QStringLiteral("DELETE FROM pairings WHERE id = 1")));
    QCOMPARE(TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM exchange_pairings"))
                 .toInt(),
             0);
    QCOMPARE(TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM exchanges")).toInt(),
             1);
    // A place that a pairing names cannot be deleted from under it.
    QVERIFY(run(QStringLiteral("INSERT INTO pairings (chinese_place_id, us_place_id, relation, "
                               "level) VALUES (1, 2, 'sister', 'city')")));
    QVERIFY(!run(QStringLiteral("DELETE FROM places WHERE id = 1")));
}

void TestSchema::listColumnsAreIndexed_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::newRow("pairings.established") << "pairings"
                                          << "established";
    QTest::newRow("pairings.level") << "pairings"
                                    << "level";
    QTest::newRow("pairings.relation") << "pairings"
                                       << "relation";
    QTest::newRow("pairings.us_place_id") << "pairings"
                                          << "us_place_id";
    QTest::newRow("places.name_en") << "places"
                                    << "name_en";
    QTest::newRow("places.parent_id") << "places"
                                      << "parent_id";
    QTest::newRow("exchanges.date") << "exchanges"
                                    << "date";
    QTest::newRow("exchanges.field") << "exchanges"
                                     << "field";
    QTest::newRow("exchange_pairings.pairing_id") << "exchange_pairings"
                                                  << "pairing_id";
}

void TestSchema::listColumnsAreIndexed()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    // Some index on the table starts with the column, so sorting and filtering by it is cheap.
    QSqlQuery indexes(m_db->connection());
    QVERIFY(indexes.exec(QStringLiteral("SELECT name FROM pragma_index_list('%1')").arg(table)));
    bool found = false;
    while (indexes.next() && !found) {
        QSqlQuery first(m_db->connection());
        QVERIFY(
            first.exec(QStringLiteral("SELECT name FROM pragma_index_info('%1') WHERE seqno = 0")
                           .arg(indexes.value(0).toString())));
        found = first.next() && first.value(0).toString() == column;
    }
    QVERIFY2(found, qPrintable(table + QLatin1Char('.') + column));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
