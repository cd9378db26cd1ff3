// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/commands.h"
#include "app/domain/exchangerules.h"
#include "app/storage/changenotifier.h"
#include "app/storage/database.h"
#include "app/storage/exchangestore.h"
#include "tests/support/commandsfixture.h"
#include "tests/support/testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// Exchanges through the commands, on a real database: the rules good and bad; adding one to a
// pairing, editing and deleting one, each undone to exactly the database before (a dump of
// every table, search index and tallies included) and redone; an edit over another copy's
// change refused.
class TestExchangeCommands : public QObject, private CommandsFixture
{
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
    void init();
    void addUndoRedo();
    void editUndoRedo();
    void linksEditedKeepingAnotherCopysLinks();
    void deleteUndoRedo();
    void editOverAnotherCopysChangeIsRefused();
    void sourceRules_data();
    void sourceRules();
    void citingUndoRedo();
    void undoingACitationKeepsASourceCorrectedElsewhere();

private:
    qint64 firstExchangeOf(qint64 pairingId) const;
};

void TestExchangeCommands::rules_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("endDate");
    QTest::addColumn<QString>("fields"); // with a problem, space-separated
    auto row = [](const char *name, const char *title, const char *field, const char *mode,
                  const char *date, const char *endDate, const char *fields) {
        QTest::newRow(name) << QString::fromUtf8(title) << QString::fromLatin1(field)
                            << QString::fromLatin1(mode) << QString::fromLatin1(date)
                            << QString::fromLatin1(endDate) << QString::fromLatin1(fields);
    };
    row("good, no date", "Youth orchestra visit", "art", "in_person", "", "", "");
    row("good, a span", "Summer school", "education", "hybrid", "2023-07-01", "2023-08-15", "");
    row("good, same day", "Video call", "government", "online", "2020-04", "2020-04", "");
    row("no title", " ", "art", "in_person", "", "", "title");
    row("unknown field", "Visit", "music", "in_person", "", "", "field");
    row("unknown mode", "Visit", "art", "virtual", "", "", "mode");
    row("month 13", "Visit", "art", "online", "2023-13", "", "date");
    row("day 45", "Visit", "art", "online", "2023-12-45", "", "date");
    row("two years ahead", "Visit", "art", "online", "2028-01", "", "date");
    row("end before start", "Visit", "art", "online", "2023-05-10", "2023-05-09", "endDate");
    row("end without start", "Visit", "art", "online", "", "2023", "endDate");
    row("bad end", "Visit", "art", "online", "2023", "soon", "endDate");
}

void TestExchangeCommands::rules()
{
    QFETCH(QString, title);
    QFETCH(QString, field);
    QFETCH(QString, mode);
    QFETCH(QString, date);
    QFETCH(QString, endDate);
    QFETCH(QString, fields);
    Exchange exchange;
    exchange.title = title;
    exchange.field = field;
    exchange.mode = mode;
    QStringList found;
    for (const auto &problem : ExchangeRules::check(exchange, date, endDate, QDate(2026, 11, 29))) {
        found << problem.field;
        QVERIFY(!problem.message.isEmpty());
    }
    QCOMPARE(found, fields.split(QLatin1Char(' '), Qt::SkipEmptyParts));
}

void TestExchangeCommands::init()
{
    freshDatabase();
}

qint64 TestExchangeCommands::firstExchangeOf(qint64 pairingId) const
{
    return TestSupport::scalar(*m_db, QStringLiteral("SELECT min(exchange_id) FROM "
                                                     "exchange_pairings WHERE pairing_id = %1")
                                          .arg(pairingId))
        .toLongLong();
}

void TestExchangeCommands::addUndoRedo()
{
    const qint64 pairing =
        TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
    const QString before = TestSupport::dump(*m_db);
    Exchange exchange;
    exchange.title = QStringLiteral("Jazz students from St. Louis play in Nanjing");
    exchange.field = QStringLiteral("art");
    exchange.mode = QStringLiteral("in_person");
    exchange.date = PartialDate::month(2025, 10);
    QString error;
    qint64 id = 0;
    exchange.pairingIds = {pairing};
    QVERIFY2(m_commands->addExchange(exchange, &error, &id), qPrintable(error));
    QCOMPARE(TestSupport::scalar(*m_db, QStringLiteral("SELECT pairing_id FROM exchange_pairings "
                                                       "WHERE exchange_id = %1")
                                            .arg(id))
                 .toLongLong(),
             pairing);
    // Found by its words, counted in the timeline's tally.
    QCOMPARE(TestSupport::exchangesFound(*m_db, QStringLiteral("jazz")), 1);
    const QString after = TestSupport::dump(*m_db);
    QVERIFY(m_commands->undo(&error));
    QCOMPARE(TestSupport::dump(*m_db), before);
    QVERIFY(m_commands->redo(&error));
    QCOMPARE(TestSupport::dump(*m_db), after);
}

void TestExchangeCommands::editUndoRedo()
{
    const qint64 id = firstExchangeOf(
        TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis")));
    const Exchange read = *ExchangeStore(*m_db).byId(id);
    Exchange changed = read;
    changed.mode = QStringLiteral("hybrid");
    changed.field = QStringLiteral("science");
    changed.date = PartialDate::year(2021);
    changed.endDate = PartialDate::year(2022);
    const QString before = TestSupport::dump(*m_db);
    QString error;
    QVERIFY2(m_commands->editExchange(read, changed, &error), qPrintable(error));
    QCOMPARE(*ExchangeStore(*m_db).byId(id), changed);
    const QString after = TestSupport::dump(*m_db);
    QVERIFY(m_commands->undo(&error));
    QCOMPARE(TestSupport::dump(*m_db), before);
    QVERIFY(m_commands->redo(&error));
    QCOMPARE(TestSupport::dump(*m_db), after);
}

// An edit moves the exchange to another pairing and names an institution and a source; the
// other copy cites a source meanwhile, which the edit and its undo leave alone. The pairing
// summaries follow.
void TestExchangeCommands::linksEditedKeepingAnotherCopysLinks()
{
    const qint64 nanjing =
        TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
    const qint64 hubei =
        TestSupport::pairingId(*m_db, QStringLiteral("Hubei"), QStringLiteral("Ohio"));
    const qint64 id = firstExchangeOf(nanjing);
    Institution institution;
    institution.nameEn = QStringLiteral("Nanjing University");
    QString error;
    qint64 institutionId = 0;
    QVERIFY(m_commands->addInstitution(institution, &error, &institutionId));
    const qint64 source =
        TestSupport::scalar(*m_db, QStringLiteral("SELECT min(id) FROM sources WHERE id NOT IN "
                                                  "(SELECT source_id FROM exchange_sources "
                                                  "WHERE exchange_id = %1)")
                                       .arg(id))
            .toLongLong();
    const Exchange read = *ExchangeStore(*m_db).byId(id);
    QCOMPARE(read.pairingIds, QList<qint64>{nanjing});

    OtherCopy other(*m_db);
    Source theirs;
    theirs.url = QStringLiteral("https://example.org/their-citation");
    QVERIFY(other.commands.citeSourceForExchange(id, read.title, theirs, &error));
    const qint64 theirsId =
        TestSupport::scalar(
            *m_db, QStringLiteral("SELECT id FROM sources WHERE url = '%1'").arg(theirs.url))
            .toLongLong();
    const QString before = TestSupport::dump(*m_db);

    // This copy, not knowing, links their source too: it is there already, and stays after
    // undo, as this edit did not make that link.
    Exchange changed = read;
    changed.pairingIds = {hubei};
    changed.institutionIds = {institutionId};
    changed.sourceIds = read.sourceIds;
    changed.sourceIds << source << theirsId;
    std::sort(changed.sourceIds.begin(), changed.sourceIds.end());
    QVERIFY2(m_commands->editExchange(read, changed, &error), qPrintable(error));
    const Exchange written = *ExchangeStore(*m_db).byId(id);
    QCOMPARE(written.pairingIds, QList<qint64>{hubei});
    QCOMPARE(written.institutionIds, QList<qint64>{institutionId});
    QCOMPARE(written.sourceIds, changed.sourceIds);
    const QString activity = QStringLiteral("SELECT count(*) FROM pairing_activity WHERE "
                                            "pairing_id = %1 AND facet = 'field' AND value = '%2'");
    const int countedForHubei =
        TestSupport::scalar(*m_db, activity.arg(hubei).arg(read.field)).toInt();
    QVERIFY(countedForHubei > 0);
    const QString after = TestSupport::dump(*m_db);
    QVERIFY(m_commands->undo(&error));
    QCOMPARE(TestSupport::dump(*m_db), before);
    QVERIFY(m_commands->redo(&error));
    QCOMPARE(TestSupport::dump(*m_db), after);
}

void TestExchangeCommands::deleteUndoRedo()
{
    const qint64 id = firstExchangeOf(
        TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis")));
    const Exchange read = *ExchangeStore(*m_db).byId(id);
    const QString before = TestSupport::dump(*m_db);
    QString error;
    QVERIFY2(m_commands->deleteExchange(read, &error), qPrintable(error));
    QVERIFY(!ExchangeStore(*m_db).byId(id));
    const QString after = TestSupport::dump(*m_db);
    QVERIFY(m_commands->undo(&error));
    QCOMPARE(TestSupport::dump(*m_db), before); // links, sources and places too
    QVERIFY(m_commands->redo(&error));
    QCOMPARE(TestSupport::dump(*m_db), after);
}

void TestExchangeCommands::editOverAnotherCopysChangeIsRefused()
{
    const qint64 id = firstExchangeOf(
        TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis")));
    const Exchange mineRead = *ExchangeStore(*m_db).byId(id);
    OtherCopy other(*m_db);
    Exchange theirs = *ExchangeStore(*other.database).byId(id);
    const Exchange theirsRead = theirs;
    theirs.title = QStringLiteral("Theirs");
    QString error;
    QVERIFY(other.commands.editExchange(theirsRead, theirs, &error));
    Exchange mine = mineRead;
    mine.title = QStringLiteral("Mine");
    const QString before = TestSupport::dump(*m_db);
    QVERIFY(!m_commands->editExchange(mineRead, mine, &error));
    QVERIFY2(error.contains(QStringLiteral("changed or removed elsewhere")), qPrintable(error));
    QCOMPARE(TestSupport::dump(*m_db), before);
    QVERIFY(!m_commands->deleteExchange(mineRead, &error)); // nor deleted over it
    QCOMPARE(TestSupport::dump(*m_db), before);
}

void TestExchangeCommands::sourceRules_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("good");
    QTest::newRow("https") << "https://www.sister-cities.org/"
                           << "" << true;
    QTest::newRow("http with a path") << "http://english.ah.gov.cn/a/b.html"
                                      << "" << true;
    QTest::newRow("title only") << ""
                                << "Nanjing Daily, 12 May 1980" << true;
    QTest::newRow("nothing") << ""
                             << "" << false;
    QTest::newRow("no scheme") << "www.example.org"
                               << "" << false;
    QTest::newRow("another scheme") << "ftp://example.org/x"
                                    << "" << false;
    QTest::newRow("no host") << "https://"
                             << "" << false;
    QTest::newRow("spaces") << "https://exa mple.org"
                            << "" << false;
    QTest::newRow("script") << "javascript:alert(1)"
                            << "A title" << false;
}

void TestExchangeCommands::sourceRules()
{
    QFETCH(QString, url);
    QFETCH(QString, title);
    QFETCH(bool, good);
    Source source;
    source.url = url;
    source.title = title;
    QCOMPARE(m_commands->checkSource(source).isEmpty(), good);
}

void TestExchangeCommands::citingUndoRedo()
{
    const qint64 pairing =
        TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
    const QString before = TestSupport::dump(*m_db);
    Source source;
    source.url = QStringLiteral("https://www.stlouis-mo.gov/sister-cities/nanjing.cfm");
    source.title = QStringLiteral("Nanjing, China");
    QString error;
    QVERIFY2(m_commands->citeSourceForPairing(pairing, source, &error), qPrintable(error));
    QCOMPARE(m_commands->stack()->undoText(),
             QStringLiteral("Cite a source for Nanjing – St. Louis"));
    const QString after = TestSupport::dump(*m_db);
    QVERIFY(m_commands->undo(&error));
    QCOMPARE(TestSupport::dump(*m_db), before); // the source went with its only citation
    QVERIFY(m_commands->redo(&error));
    QCOMPARE(TestSupport::dump(*m_db), after);
    // Cited twice for the same pairing: refused in words, nothing written.
    QVERIFY(!m_commands->citeSourceForPairing(pairing, source, &error));
    QVERIFY2(error.contains(QStringLiteral("cites this address already")), qPrintable(error));
    QCOMPARE(TestSupport::dump(*m_db), after);
    // The same address cited for an exchange is the same source, cited twice.
    const qint64 exchange = firstExchangeOf(pairing);
    QVERIFY(m_commands->citeSourceForExchange(exchange, QStringLiteral("x"), source, &error));
    QCOMPARE(TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM sources WHERE url = "
                                                       "'%1'")
                                            .arg(source.url))
                 .toInt(),
             1);
    QVERIFY(m_commands->undo(&error));
    QCOMPARE(TestSupport::dump(*m_db), after); // the source stays: the pairing cites it
}

// A source this copy added by citing it, then corrected by another copy: undoing the citation
// takes the citation back but leaves their corrected source; redo cites it again.
void TestExchangeCommands::undoingACitationKeepsASourceCorrectedElsewhere()
{
    const qint64 pairing =
        TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
    Source source;
    source.url = QStringLiteral("https://www.stlouis-mo.gov/sister-cities/nanjing.cfm");
    QString error;
    QVERIFY(m_commands->citeSourceForPairing(pairing, source, &error));
    const qint64 id = TestSupport::scalar(*m_db, QStringLiteral("SELECT id FROM sources WHERE "
                                                                "url = '%1'")
                                                     .arg(source.url))
                          .toLongLong();
    OtherCopy other(*m_db);
    const Source read = *other.commands.source(id, &error);
    Source corrected = read;
    corrected.title = QStringLiteral("Sister Cities: Nanjing");
    QVERIFY(other.commands.editSource(read, corrected, &error));

    const QString cites = QStringLiteral("SELECT count(*) FROM pairing_sources WHERE pairing_id = "
                                         "%1 AND source_id = %2")
                              .arg(pairing)
                              .arg(id);
    QVERIFY(m_commands->undo(&error));
    QCOMPARE(TestSupport::scalar(*m_db, cites).toInt(), 0);
    QCOMPARE(m_commands->source(id, &error)->title, QStringLiteral("Sister Cities: Nanjing"));
    QVERIFY2(m_commands->redo(&error), qPrintable(error));
    QCOMPARE(TestSupport::scalar(*m_db, cites).toInt(), 1);
    QCOMPARE(TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM sources WHERE url "
                                                       "= '%1'")
                                            .arg(source.url))
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestExchangeCommands)
#include "tst_exchangecommands.moc"
