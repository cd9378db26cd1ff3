// SPDX-License-Identifier: GPL-3.0-or-later
// The charts and the count of exchanges under a filter on pairings or a search are counted
// from the exchange facts held in memory (ExchangeFacts). Whatever is held must be what the
// database holds: after every kind of write (an exchange added, edited, linked to another
// pairing, deleted; a pairing changed or deleted; an import; each undone and redone), the
// timeline's counts, the statistics and the count beside the Exchanges tab equal a direct
// count of the rows the Exchanges list shows under the same filter.
#include "app/commands/commands.h"
#include "app/domain/filter.h"
#include "app/storage/changenotifier.h"
#include "app/storage/database.h"
#include "app/storage/exchangefacts.h"
#include "app/storage/exchangefactscache.h"
#include "app/storage/exchangestore.h"
#include "app/storage/filtersql.h"
#include "app/storage/sqlquery.h"
#include "app/storage/statisticsstore.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace {
struct NamedFilter
{
    QString name;
    Filter filter;
};

QList<NamedFilter> filters()
{
    QList<NamedFilter> named;
    auto add = [&named](const char *name, auto set) {
        Filter filter;
        set(filter);
        named.append({QString::fromUtf8(name), filter});
    };
    add("level city", [](Filter &f) { f.level = QStringLiteral("city"); });
    add("level province_state", [](Filter &f) { f.level = QStringLiteral("province_state"); });
    add("status not recorded", [](Filter &f) { f.status = Filter::unknownStatus(); });
    add("province Jiangsu", [](Filter &f) { f.province = QStringLiteral("CN-JS"); });
    add("state Missouri", [](Filter &f) { f.state = QStringLiteral("US-MO"); });
    add("established 1979-1999", [](Filter &f) {
        f.establishedFrom = 1979;
        f.establishedTo = 1999;
    });
    add("has exchanges", [](Filter &f) { f.hasExchanges = Filter::HasExchanges::Yes; });
    add("without exchanges", [](Filter &f) { f.hasExchanges = Filter::HasExchanges::No; });
    add("search 'louis'", [](Filter &f) { f.search = QStringLiteral("louis"); });
    add("search 'students nanjing'",
        [](Filter &f) { f.search = QStringLiteral("students nanjing"); });
    add("search symbols only", [](Filter &f) { f.search = QStringLiteral("%%"); });
    add("city + science", [](Filter &f) {
        f.level = QStringLiteral("city");
        f.field = QStringLiteral("science");
    });
    add("Missouri + online + 2000-2030", [](Filter &f) {
        f.state = QStringLiteral("US-MO");
        f.mode = QStringLiteral("online");
        f.exchangeFrom = 2000;
        f.exchangeTo = 2030;
    });
    add("gap: year not known", [](Filter &f) { f.gap = QStringLiteral("year"); });
    return named;
}

// A new exchange in person, of this date and field, linked to these pairings.
Exchange newExchange(const QString &date, const QString &field, const QList<qint64> &pairings)
{
    Exchange exchange;
    exchange.date = PartialDate::fromIso(date);
    exchange.title = QStringLiteral("Visit of ") + field + QStringLiteral(" teachers");
    exchange.field = field;
    exchange.mode = QStringLiteral("in_person");
    exchange.pairingIds = pairings;
    return exchange;
}

const QString yearOfExchange = QStringLiteral("coalesce(CAST(substr(e.date, 1, 4) AS INTEGER), 0)");
} // namespace

class TestChartCounts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void countsEqualTheListAfterEveryKindOfWrite();
    void anExchangeOfTwoKeptPairingsCountsOnce();

private:
    // The direct count: the rows the Exchanges list shows under the filter, grouped.
    QList<YearCount> listed(const Filter &filter, const QString &part) const;
    void compareAll(const QString &after);
    Exchange exchangeOf(qint64 id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<Commands> m_commands;
    qint64 m_nanjing = 0; // Nanjing – St. Louis
    qint64 m_hubei = 0;   // Hubei – Ohio
};

void TestChartCounts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = TestSupport::createWithShippedData(*m_dir);
    QVERIFY(m_db);
    m_notifier = std::make_unique<ChangeNotifier>();
    m_commands = std::make_unique<Commands>(*m_db, *m_notifier);
    m_nanjing =
        TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
    m_hubei = TestSupport::pairingId(*m_db, QStringLiteral("Hubei"), QStringLiteral("Ohio"));
    QVERIFY(m_nanjing > 0);
    QVERIFY(m_hubei > 0);
}

void TestChartCounts::cleanup()
{
    m_commands.reset();
    m_notifier.reset();
    m_db.reset();
    m_dir.reset();
}

QList<YearCount> TestChartCounts::listed(const Filter &filter, const QString &part) const
{
    const SqlCondition c = FilterSql::forExchanges(filter);
    QSqlQuery query = Sql::run(m_db->connection(),
                               QStringLiteral("SELECT %1 AS y, e.%2, count(*) FROM exchanges e %3 "
                                              "GROUP BY y, e.%2 ORDER BY y, e.%2")
                                   .arg(yearOfExchange, part, c.where()),
                               c.values);
    QList<YearCount> counts;
    while (query.next()) {
        counts.append(
            {query.value(0).toInt(), query.value(1).toString(), query.value(2).toLongLong()});
    }
    return counts;
}

void TestChartCounts::compareAll(const QString &after)
{
    // The facts are held, and are of the database as it is now.
    const std::shared_ptr<const ExchangeFacts> facts = m_db->exchangeFacts().current(*m_db);
    QVERIFY2(facts, qPrintable(after));
    QCOMPARE(facts->stamp(), ExchangeFacts::stampOf(*m_db));
    QCOMPARE(
        facts->exchangeCount(),
        TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM exchanges")).toLongLong());
    const StatisticsStore statistics(*m_db);
    const ExchangeStore exchanges(*m_db);
    qint64 kept = 0;
    for (const NamedFilter &named : filters()) {
        const QString what = after + QStringLiteral(", ") + named.name;
        for (const auto &[split, part] :
             {std::pair{StatisticsStore::Split::Field, QStringLiteral("field")},
              std::pair{StatisticsStore::Split::Mode, QStringLiteral("mode")}}) {
            const QList<YearCount> direct = listed(named.filter, part);
            const QList<YearCount> charted = statistics.exchangesByYear(named.filter, split);
            if (charted != direct) {
                for (const YearCount &c : charted)
                    qInfo("charted %d %s %lld", c.year, qPrintable(c.key), c.count);
                for (const YearCount &c : direct)
                    qInfo("listed %d %s %lld", c.year, qPrintable(c.key), c.count);
            }
            QVERIFY2(charted == direct, qPrintable(what + QStringLiteral(" by ") + part));
            // The statistics' bars: the same, over all years.
            QMap<QString, qint64> byPart;
            for (const YearCount &c : direct)
                byPart[c.key] += c.count;
            const QList<FilterChoice> bars = statistics.exchangesBy(named.filter, split);
            QCOMPARE(bars.size(), byPart.size());
            for (const FilterChoice &bar : bars)
                QVERIFY2(byPart.value(bar.key) == bar.count, qPrintable(what + bar.key));
            for (qsizetype i = 1; i < bars.size(); ++i)
                QVERIFY2(bars.at(i - 1).count >= bars.at(i).count, qPrintable(what));
        }
        qint64 total = 0;
        for (const YearCount &c : listed(named.filter, QStringLiteral("field")))
            total += c.count;
        QVERIFY2(exchanges.count(named.filter) == total, qPrintable(what));
        kept += total;
    }
    QVERIFY2(kept > 0, qPrintable(after)); // the filters keep something to count
}

Exchange TestChartCounts::exchangeOf(qint64 id) const
{
    QString error;
    const std::optional<Exchange> exchange = m_commands->exchange(id, &error);
    if (!exchange)
        qFatal("%s", qPrintable(error));
    return *exchange;
}

void TestChartCounts::countsEqualTheListAfterEveryKindOfWrite()
{
    compareAll(QStringLiteral("as shipped"));
    Filter city;
    city.level = QStringLiteral("city");
    const StatisticsStore statistics(*m_db);
    const ExchangeStore exchanges(*m_db);
    const qint64 cityBefore = exchanges.count(city);

    // Added, linked to a city pairing: the city count goes up by one.
    const Exchange added =
        newExchange(QStringLiteral("2015-05"), QStringLiteral("science"), {m_nanjing});
    QString error;
    qint64 id = 0;
    QVERIFY2(m_commands->addExchange(added, &error, &id), qPrintable(error));
    QCOMPARE(exchanges.count(city), cityBefore + 1);
    compareAll(QStringLiteral("an exchange added"));

    // Its date, field and mode changed.
    Exchange before = exchangeOf(id);
    Exchange after = before;
    after.date = PartialDate::fromIso(QStringLiteral("2003"));
    after.field = QStringLiteral("art");
    after.mode = QStringLiteral("online");
    QVERIFY2(m_commands->editExchange(before, after, &error), qPrintable(error));
    compareAll(QStringLiteral("an exchange's date, field and mode changed"));

    // Its date taken away: it counts as of no known year.
    before = exchangeOf(id);
    after = before;
    after.date = PartialDate();
    QVERIFY2(m_commands->editExchange(before, after, &error), qPrintable(error));
    compareAll(QStringLiteral("an exchange's date taken away"));

    // Linked to a second pairing, then moved to that one alone.
    before = exchangeOf(id);
    after = before;
    after.pairingIds = {std::min(m_nanjing, m_hubei), std::max(m_nanjing, m_hubei)};
    QVERIFY2(m_commands->editExchange(before, after, &error), qPrintable(error));
    compareAll(QStringLiteral("an exchange linked to a second pairing"));
    before = exchangeOf(id);
    after = before;
    after.pairingIds = {m_hubei};
    QVERIFY2(m_commands->editExchange(before, after, &error), qPrintable(error));
    compareAll(QStringLiteral("an exchange moved to another pairing"));

    // A pairing's own criteria changed: the exchanges follow their pairing.
    QString readError;
    const std::optional<Pairing> pairing = m_commands->pairing(m_hubei, &readError);
    QVERIFY2(pairing, qPrintable(readError));
    Pairing changed = *pairing;
    changed.status = QStringLiteral("ended");
    changed.level = QStringLiteral("city");
    QVERIFY2(m_commands->editPairing(*pairing, changed, &error), qPrintable(error));
    compareAll(QStringLiteral("a pairing's level and status changed"));

    // The exchange deleted.
    QVERIFY2(m_commands->deleteExchange(exchangeOf(id), &error), qPrintable(error));
    compareAll(QStringLiteral("an exchange deleted"));

    // A pairing with exchanges deleted (its links go with it).
    const Commands::Deletion deletion = m_commands->deletionOf(m_nanjing);
    QVERIFY2(m_commands->deletePairing(deletion, &error), qPrintable(error));
    compareAll(QStringLiteral("a pairing deleted"));

    // An import of exchanges linked to pairings by their places.
    QFile file(TestSupport::dataFile(QStringLiteral("import-exchanges.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(
        m_commands->importFile({ImportKind::Exchanges, bytes, QStringLiteral("x.csv")}, &error),
        qPrintable(error));
    compareAll(QStringLiteral("an import"));

    // Every step undone, one by one, then all redone.
    auto *stack = const_cast<QUndoStack *>(m_commands->stack());
    while (stack->canUndo()) {
        const QString step = stack->undoText();
        stack->undo();
        compareAll(QStringLiteral("undone: ") + step);
    }
    QCOMPARE(exchanges.count(city), cityBefore);
    while (stack->canRedo()) {
        const QString step = stack->redoText();
        stack->redo();
        compareAll(QStringLiteral("redone: ") + step);
    }

    // A change made by another connection (another program, or a colleague on the server).
    const std::unique_ptr<Database> other = Database::openAnotherConnection(*m_db);
    QVERIFY(other);
    TestSupport::execute(*other,
                         QStringLiteral("UPDATE exchanges SET field = 'sports' WHERE id = "
                                        "(SELECT min(exchange_id) FROM exchange_pairings)"));
    compareAll(QStringLiteral("a change made by another connection"));
}

void TestChartCounts::anExchangeOfTwoKeptPairingsCountsOnce()
{
    Filter both;
    both.hasExchanges = Filter::HasExchanges::Yes;
    const ExchangeStore exchanges(*m_db);
    const qint64 before = exchanges.count(both);
    const Exchange shared =
        newExchange(QStringLiteral("1999"), QStringLiteral("business"),
                    {std::min(m_nanjing, m_hubei), std::max(m_nanjing, m_hubei)});
    QString error;
    QVERIFY2(m_commands->addExchange(shared, &error), qPrintable(error));
    QCOMPARE(exchanges.count(both), before + 1);
    // Charted once in its year and field, as the list shows it once.
    const auto in1999 = [](const QList<YearCount> &counts) {
        for (const YearCount &c : counts) {
            if (c.year == 1999 && c.key == QLatin1String("business"))
                return c.count;
        }
        return qint64(0);
    };
    const qint64 charted =
        in1999(StatisticsStore(*m_db).exchangesByYear(both, StatisticsStore::Split::Field));
    QVERIFY(charted >= 1);
    QCOMPARE(charted, in1999(listed(both, QStringLiteral("field"))));
}

QTEST_GUILESS_MAIN(TestChartCounts)
#include "tst_chartcounts.moc"
