// SPDX-License-Identifier: GPL-3.0-or-later
// The filter tables below are written as plain string literals.
#undef QT_NO_CAST_FROM_ASCII

#include "app/domain/completeness.h"
#include "app/domain/searchtext.h"
#include "app/storage/database.h"
#include "app/storage/exchangestore.h"
#include "app/storage/filtersql.h"
#include "app/storage/pairingstore.h"
#include "app/storage/sqlquery.h"
#include "app/storage/storageerror.h"
#include "tests/support/gapsql.h"
#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Filters and searches over the shipped data: each count equals a direct SQL count written
// independently, searches find names in English, Chinese and pinyin, and text that looks like
// query syntax is only ever text.
class TestFilterSql : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pairingCountsMatchDirectSql_data();
    void pairingCountsMatchDirectSql();
    void exchangeCountsMatchDirectSql_data();
    void exchangeCountsMatchDirectSql();
    void searchFindsNames_data();
    void searchFindsNames();
    void exchangeSearchFindsTextsAndPlaces_data();
    void exchangeSearchFindsTextsAndPlaces();
    void commonWordsFindTheSameRows_data();
    void commonWordsFindTheSameRows();
    void searchTextIsOnlyText_data();
    void searchTextIsOnlyText();
    void exchangePagesCoverEveryRowOnce_data();
    void exchangePagesCoverEveryRowOnce();

private:
    int sql(const QString &query) const { return TestSupport::scalar(*m_db, query).toInt(); }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestFilterSql::initTestCase()
{
    m_db = TestSupport::createWithShippedData(m_dir);
}

void TestFilterSql::pairingCountsMatchDirectSql_data()
{
    QTest::addColumn<QVariantMap>("filter");
    QTest::addColumn<QString>("direct");
    auto row = [](const char *name, QVariantMap filter, const char *direct) {
        QTest::newRow(name) << filter << QString::fromUtf8(direct);
    };
    row("everything", {}, "SELECT count(*) FROM pairings");
    row("level", {{"level", "province_state"}},
        "SELECT count(*) FROM pairings WHERE level = 'province_state'");
    row("relation", {{"relation", "friendship"}},
        "SELECT count(*) FROM pairings WHERE relation = 'friendship'");
    row("status unknown", {{"status", "unknown"}},
        "SELECT count(*) FROM pairings WHERE status IS NULL");
    row("province Jiangsu", {{"province", "CN-JS"}},
        "SELECT count(*) FROM pairings p JOIN places c ON c.id = p.chinese_place_id "
        "LEFT JOIN places r ON r.id = c.parent_id "
        "WHERE c.region_code = 'CN-JS' OR r.region_code = 'CN-JS'");
    row("state California", {{"state", "US-CA"}},
        "SELECT count(*) FROM pairings p JOIN places u ON u.id = p.us_place_id "
        "LEFT JOIN places r ON r.id = u.parent_id "
        "WHERE u.region_code = 'US-CA' OR r.region_code = 'US-CA'");
    row("established 1979-1985", {{"establishedFrom", 1979}, {"establishedTo", 1985}},
        "SELECT count(*) FROM pairings WHERE CAST(substr(established, 1, 4) AS INTEGER) "
        "BETWEEN 1979 AND 1985");
    row("has exchanges", {{"hasExchanges", 1}},
        "SELECT count(DISTINCT pairing_id) FROM exchange_pairings");
    row("without exchanges", {{"hasExchanges", 2}},
        "SELECT count(*) FROM pairings WHERE id NOT IN (SELECT pairing_id FROM exchange_pairings)");
    row("exchange field art", {{"field", "art"}},
        "SELECT count(DISTINCT ep.pairing_id) FROM exchange_pairings ep JOIN exchanges e "
        "ON e.id = ep.exchange_id WHERE e.field = 'art'");
    row("exchange mode online", {{"mode", "online"}},
        "SELECT count(DISTINCT ep.pairing_id) FROM exchange_pairings ep JOIN exchanges e "
        "ON e.id = ep.exchange_id WHERE e.mode = 'online'");
    row("exchanges 2015-2019", {{"exchangeFrom", 2015}, {"exchangeTo", 2019}},
        "SELECT count(DISTINCT ep.pairing_id) FROM exchange_pairings ep JOIN exchanges e "
        "ON e.id = ep.exchange_id WHERE substr(e.date, 1, 4) BETWEEN '2015' AND '2019'");
    row("exchanges since 2020", {{"exchangeFrom", 2020}},
        "SELECT count(DISTINCT ep.pairing_id) FROM exchange_pairings ep JOIN exchanges e "
        "ON e.id = ep.exchange_id WHERE substr(e.date, 1, 4) >= '2020'");
    row("exchanges online 2020-2022",
        {{"mode", "online"}, {"exchangeFrom", 2020}, {"exchangeTo", 2022}},
        "SELECT count(DISTINCT ep.pairing_id) FROM exchange_pairings ep JOIN exchanges e "
        "ON e.id = ep.exchange_id WHERE e.mode = 'online' AND substr(e.date, 1, 4) "
        "BETWEEN '2020' AND '2022'");
    row("Jiangsu pairings with government exchanges",
        {{"province", "CN-JS"}, {"field", "government"}},
        "SELECT count(DISTINCT ep.pairing_id) FROM exchange_pairings ep JOIN exchanges e "
        "ON e.id = ep.exchange_id JOIN pairings p ON p.id = ep.pairing_id JOIN places c "
        "ON c.id = p.chinese_place_id LEFT JOIN places r ON r.id = c.parent_id "
        "WHERE e.field = 'government' AND (c.region_code = 'CN-JS' OR r.region_code = 'CN-JS')");
    row("city in Jiangsu since 2000",
        {{"level", "city"}, {"province", "CN-JS"}, {"establishedFrom", 2000}},
        "SELECT count(*) FROM pairings p JOIN places c ON c.id = p.chinese_place_id "
        "LEFT JOIN places r ON r.id = c.parent_id WHERE p.level = 'city' AND "
        "(c.region_code = 'CN-JS' OR r.region_code = 'CN-JS') AND substr(p.established, 1, 4) >= "
        "'2000'");
    // Each gap of Completeness, counted as the tests count it (tests/support/gapsql.h).
    for (const QString &gap : Completeness::gapKeys()) {
        QTest::newRow(qPrintable(QStringLiteral("gap ") + gap))
            << QVariantMap{{"gap", gap}}
            << TestSupport::countOfPairingsWithGap(TestSupport::gapFilter(gap));
    }
    QTest::newRow("year not known, with government exchanges")
        << QVariantMap{{"gap", "no-year"}, {"field", "government"}}
        << QStringLiteral("SELECT count(DISTINCT ep.pairing_id) FROM exchange_pairings ep JOIN "
                          "exchanges e ON e.id = ep.exchange_id WHERE e.field = 'government' AND "
                          "ep.pairing_id IN (%1)")
               .arg(TestSupport::pairingsWithGap(TestSupport::gapFilter("no-year")));
}

void TestFilterSql::pairingCountsMatchDirectSql()
{
    QFETCH(QVariantMap, filter);
    QFETCH(QString, direct);
    const Filter f = Filter::fromMap(filter);
    PairingStore store(*m_db);
    const int expected = sql(direct);
    QCOMPARE(store.count(f), expected);
    QCOMPARE(store.list(f, PairingStore::SortKey::Established, Qt::AscendingOrder, 0, 1000).size(),
             expected);
}

void TestFilterSql::exchangeCountsMatchDirectSql_data()
{
    QTest::addColumn<QVariantMap>("filter");
    QTest::addColumn<QString>("direct");
    auto row = [](const char *name, QVariantMap filter, const char *direct) {
        QTest::newRow(name) << filter << QString::fromUtf8(direct);
    };
    row("everything", {}, "SELECT count(*) FROM exchanges");
    row("field", {{"field", "government"}},
        "SELECT count(*) FROM exchanges WHERE field = 'government'");
    row("mode", {{"mode", "online"}}, "SELECT count(*) FROM exchanges WHERE mode = 'online'");
    row("years 2015-2019", {{"exchangeFrom", 2015}, {"exchangeTo", 2019}},
        "SELECT count(*) FROM exchanges WHERE substr(date, 1, 4) BETWEEN '2015' AND '2019'");
    row("of province-level pairings", {{"level", "province_state"}},
        "SELECT count(DISTINCT ep.exchange_id) FROM exchange_pairings ep JOIN pairings p "
        "ON p.id = ep.pairing_id WHERE p.level = 'province_state'");
    row("of pairings that have exchanges", {{"hasExchanges", 1}},
        "SELECT count(DISTINCT exchange_id) FROM exchange_pairings");
    row("of pairings without exchanges: none", {{"hasExchanges", 2}}, "SELECT 0");
    row("of Missouri pairings", {{"state", "US-MO"}},
        "SELECT count(DISTINCT ep.exchange_id) FROM exchange_pairings ep JOIN pairings p "
        "ON p.id = ep.pairing_id JOIN places u ON u.id = p.us_place_id LEFT JOIN places r "
        "ON r.id = u.parent_id WHERE u.region_code = 'US-MO' OR r.region_code = 'US-MO'");
    // A gap is a pairing criterion: the exchanges of the pairings with it.
    for (const QString &gap : Completeness::gapKeys()) {
        QTest::newRow(qPrintable(QStringLiteral("of pairings with gap ") + gap))
            << QVariantMap{{"gap", gap}}
            << QStringLiteral("SELECT count(DISTINCT exchange_id) FROM exchange_pairings WHERE "
                              "pairing_id IN (%1)")
                   .arg(TestSupport::pairingsWithGap(TestSupport::gapFilter(gap)));
    }
}

void TestFilterSql::exchangeCountsMatchDirectSql()
{
    QFETCH(QVariantMap, filter);
    QFETCH(QString, direct);
    ExchangeStore store(*m_db);
    QCOMPARE(store.count(Filter::fromMap(filter)), sql(direct));
}

void TestFilterSql::searchFindsNames_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("chinese");
    QTest::addColumn<QString>("us");
    QTest::newRow("English") << "St. Louis"
                             << "Nanjing"
                             << "St. Louis";
    QTest::newRow("lower case") << "nanjing"
                                << "Nanjing"
                                << "St. Louis";
    QTest::newRow("Chinese characters") << "南京"
                                        << "Nanjing"
                                        << "St. Louis";
    QTest::newRow("pinyin without apostrophe") << "xian"
                                               << "Xi'an"
                                               << "Kansas City";
    QTest::newRow("pinyin with tone marks") << "Nánjīng"
                                            << "Nanjing"
                                            << "St. Louis";
    QTest::newRow("both places") << "nanjing louis"
                                 << "Nanjing"
                                 << "St. Louis";
    QTest::newRow("province finds its cities") << "Jiangsu"
                                               << "Nanjing"
                                               << "St. Louis";
}

void TestFilterSql::searchFindsNames()
{
    QFETCH(QString, search);
    QFETCH(QString, chinese);
    QFETCH(QString, us);
    Filter filter;
    filter.search = search;
    PairingStore store(*m_db);
    const QList<PairingListRow> rows =
        store.list(filter, PairingStore::SortKey::ChinesePlace, Qt::AscendingOrder, 0, 1000);
    QCOMPARE(store.count(filter), rows.size());
    const bool found = std::any_of(rows.begin(), rows.end(), [&](const PairingListRow &row) {
        return row.chineseNameEn == chinese && row.usName == us;
    });
    QVERIFY2(found, qPrintable(search));
    QVERIFY(rows.size() < store.count());
}

void TestFilterSql::exchangeSearchFindsTextsAndPlaces_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("title");
    QTest::newRow("word in a title") << "Pitcher"
                                     << "'American Pitcher' sculpture installed in Nanjing";
    QTest::newRow("start of a word") << "sculpt"
                                     << "'American Pitcher' sculpture installed in Nanjing";
    QTest::newRow("word in a description") << "masks"
                                           << "Nanjing sends face masks to St. Louis";
    QTest::newRow("a place in Chinese") << "南京"
                                        << "Nanjing sends face masks to St. Louis";
    QTest::newRow("an institution in the text")
        << "juilliard"
        << "Celebration concert at Tianjin Juilliard campus";
}

void TestFilterSql::exchangeSearchFindsTextsAndPlaces()
{
    QFETCH(QString, search);
    QFETCH(QString, title);
    Filter filter;
    filter.search = search;
    ExchangeStore store(*m_db);
    ExchangeStore::Cursor cursor;
    const auto rows =
        store.list(filter, ExchangeStore::SortKey::Date, Qt::DescendingOrder, &cursor, 500);
    QCOMPARE(rows.size(), store.count(filter));
    QVERIFY(rows.size() < store.count());
    const bool found = std::any_of(rows.begin(), rows.end(),
                                   [&](const ExchangeListRow &row) { return row.title == title; });
    QVERIFY2(found, qPrintable(search));
}

void TestFilterSql::commonWordsFindTheSameRows_data()
{
    QTest::addColumn<QString>("search");
    QTest::newRow("one word") << "sister";
    QTest::newRow("a word and a place") << "delegation nanjing";
    QTest::newRow("Chinese") << "南京";
    QTest::newRow("two words in the texts") << "delegation visits";
    QTest::newRow("three words, one a place") << "delegation visits louis";
}

void TestFilterSql::commonWordsFindTheSameRows()
{
    // A word counted as common is checked while walking, not used to drive: the rows found
    // must be the same either way.
    QFETCH(QString, search);
    Filter filter;
    filter.search = search;
    auto ids = [&](const QStringList &common, const QStringList &placeless) {
        const SqlCondition condition = FilterSql::forExchanges(filter, common, placeless);
        // Through Sql::run, as the stores do (it speaks PostgreSQL's dialect where needed).
        QSqlQuery query =
            Sql::run(m_db->connection(),
                     QStringLiteral("SELECT e.id FROM exchanges e %1 ORDER BY e.date, e.id")
                         .arg(condition.where()),
                     condition.values);
        QList<qint64> result;
        while (query.next())
            result << query.value(0).toLongLong();
        return result;
    };
    const QList<qint64> driven = ids({}, {});
    QVERIFY(!driven.isEmpty());
    QCOMPARE(ids(SearchText::words(search), {}), driven);
    // Words that name no place, searched together in one full-text query.
    QStringList placeless;
    for (const QString &word : SearchText::words(search)) {
        if (TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM places WHERE "
                                                      "search_key LIKE '%%1%'")
                                           .arg(word))
                .toInt() == 0)
            placeless << word;
    }
    QCOMPARE(ids(SearchText::words(search), placeless), driven);
    QCOMPARE(ids({}, placeless), driven);
}

void TestFilterSql::searchTextIsOnlyText_data()
{
    // What each search must find: nothing (empty), or exactly what its plain words find.
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("plainWords");
    QTest::newRow("double quote") << "\""
                                  << "";
    QTest::newRow("unbalanced quotes") << "\"Nanjing"
                                       << "Nanjing";
    QTest::newRow("star") << "*"
                          << "";
    QTest::newRow("star after word") << "nanj*"
                                     << "nanj";
    QTest::newRow("NEAR") << "NEAR(nanjing louis)"
                          << "near nanjing louis";
    QTest::newRow("AND OR NOT") << "Nanjing OR Wuxi"
                                << "nanjing or wuxi";
    QTest::newRow("double dash") << "--"
                                 << "";
    QTest::newRow("SQL injection") << "'; DROP TABLE pairings; --"
                                   << "drop table pairings";
    QTest::newRow("lone bracket") << "("
                                  << "";
    QTest::newRow("percent") << "%"
                             << "";
    QTest::newRow("underscore") << "_"
                                << "";
    QTest::newRow("backslash") << "\\"
                               << "";
    QTest::newRow("emoji") << "🤝🌉"
                           << "";
    QTest::newRow("column filter syntax") << "title:Pitcher"
                                          << "title pitcher";
    QTest::newRow("10,000 characters") << QString(10000, QLatin1Char('a')) << "";
}

void TestFilterSql::searchTextIsOnlyText()
{
    QFETCH(QString, search);
    QFETCH(QString, plainWords);
    Filter filter;
    filter.search = search;
    Filter plain;
    plain.search = plainWords;
    PairingStore pairings(*m_db);
    ExchangeStore exchanges(*m_db);
    const qint64 before = pairings.count();
    try {
        const qint64 pairingCount = pairings.count(filter);
        const qint64 exchangeCount = exchanges.count(filter);
        ExchangeStore::Cursor cursor;
        const auto rows =
            exchanges.list(filter, ExchangeStore::SortKey::Title, Qt::AscendingOrder, &cursor, 500);
        QCOMPARE(rows.size(), exchangeCount);
        QCOMPARE(pairingCount, plainWords.isEmpty() ? 0 : pairings.count(plain));
        QCOMPARE(exchangeCount, plainWords.isEmpty() ? 0 : exchanges.count(plain));
    } catch (const StorageError &e) {
        QFAIL(qPrintable(e.message()));
    }
    QCOMPARE(pairings.count(), before);
    QVERIFY(m_db->connection().tables().contains(QStringLiteral("pairings")));
}

void TestFilterSql::exchangePagesCoverEveryRowOnce_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("order");
    for (int key = 0; key <= int(ExchangeStore::SortKey::Location); ++key) {
        QTest::addRow("key %d asc", key) << key << int(Qt::AscendingOrder);
        QTest::addRow("key %d desc", key) << key << int(Qt::DescendingOrder);
    }
}

void TestFilterSql::exchangePagesCoverEveryRowOnce()
{
    QFETCH(int, key);
    QFETCH(int, order);
    ExchangeStore store(*m_db);
    ExchangeStore::Cursor cursor;
    QList<ExchangeListRow> all;
    for (int page = 0; page < 1000; ++page) {
        const auto rows =
            store.list({}, ExchangeStore::SortKey(key), Qt::SortOrder(order), &cursor, 7);
        if (rows.isEmpty())
            break;
        all += rows;
    }
    QCOMPARE(all.size(), store.count());
    QSet<qint64> ids;
    for (const ExchangeListRow &row : all)
        ids << row.id;
    QCOMPARE(ids.size(), all.size());
    if (ExchangeStore::SortKey(key) == ExchangeStore::SortKey::Date) {
        // Known dates in order, then the undated ones.
        bool undated = false;
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).date.isNull()) {
                undated = true;
                continue;
            }
            QVERIFY2(!undated, "a dated exchange after an undated one");
            if (i > 0 && !all.at(i - 1).date.isNull()) {
                const bool inOrder = order == Qt::AscendingOrder
                                         ? !(all.at(i).date < all.at(i - 1).date)
                                         : !(all.at(i - 1).date < all.at(i).date);
                QVERIFY2(inOrder, qPrintable(all.at(i).date.toIso()));
            }
        }
        QVERIFY(undated);
    }
}

QTEST_GUILESS_MAIN(TestFilterSql)
#include "tst_filtersql.moc"
