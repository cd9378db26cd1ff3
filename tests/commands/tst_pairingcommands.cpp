// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/commands.h"
#include "app/domain/exchange.h"
#include "app/storage/changenotifier.h"
#include "app/storage/database.h"
#include "app/storage/exchangestore.h"
#include "app/storage/pairingstore.h"
#include "tests/support/commandsfixture.h"
#include "tests/support/testdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

// Adding, editing and deleting pairings through the commands, on a real database: undo puts
// every table back exactly (a dump of the whole database before and after), redo does the
// edit again, deleting takes the pairing's own exchanges and undo brings them all back, and an
// edit or undo over someone else's change is refused with nothing written.
class TestPairingCommands : public QObject, private CommandsFixture
{
    Q_OBJECT
private slots:
    void init();
    void addUndoRedo();
    void editUndoRedo();
    void deleteTakesItsExchangesAndUndoBringsThemBack();
    void deleteIsRefusedWhenItsExchangesChangedSinceTheQuestion();
    void deleteIsRefusedWhenOneExchangeWasSwappedForAnother();
    void checkRefusesASecondPairingOfTheSamePlaces();
    void editOverAnotherCopysChangeIsRefused();
    void undoOverAnotherCopysChangeIsRefused();
    void aCopyReadBetweenUndoAndANewEditIsRefused();
    void aDeletedPairingsIdIsNotGivenToAnother();
    void placeAddedUndoneAndKeptWhileInUse();
    void placeEditedUndoneAndRefusedOverAnotherCopysChange();

private:
    QString dump() const;
    qint64 nanjingStLouis() const;
    qint64 placeNamed(const QString &name, const QString &country) const;
};

void TestPairingCommands::init()
{
    freshDatabase();
}

QString TestPairingCommands::dump() const
{
    return TestSupport::dump(*m_db);
}

qint64 TestPairingCommands::nanjingStLouis() const
{
    return TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
}

qint64 TestPairingCommands::placeNamed(const QString &name, const QString &country) const
{
    return TestSupport::scalar(*m_db, QStringLiteral("SELECT id FROM places WHERE name_en = '%1' "
                                                     "AND country_code = '%2'")
                                          .arg(name, country))
        .toLongLong();
}

void TestPairingCommands::addUndoRedo()
{
    const QString before = dump();
    Pairing pairing;
    pairing.chinesePlaceId = placeNamed(QStringLiteral("Nanjing"), QStringLiteral("CN"));
    pairing.usPlaceId = placeNamed(QStringLiteral("Honolulu"), QStringLiteral("US"));
    QVERIFY(pairing.chinesePlaceId && pairing.usPlaceId);
    pairing.relation = QStringLiteral("friendship");
    pairing.level = QStringLiteral("city");
    pairing.established = PartialDate::year(2024);
    QSignalSpy announced(m_notifier.get(), &ChangeNotifier::changed);
    QString error;
    qint64 id = 0;
    QVERIFY2(m_commands->addPairing(pairing, &error, &id), qPrintable(error));
    QVERIFY(id > 0);
    QCOMPARE(announced.count(), 1);
    QCOMPARE(announced.first().at(1).value<QList<qint64>>(), QList<qint64>{id});
    QCOMPARE(m_commands->stack()->undoText(), QStringLiteral("Add pairing Nanjing – Honolulu"));
    const QString after = dump();
    QVERIFY(after != before);
    QVERIFY(m_commands->undo(&error));
    QCOMPARE(dump(), before);
    QVERIFY(m_commands->redo(&error));
    QCOMPARE(dump(), after); // the same id again
}

void TestPairingCommands::editUndoRedo()
{
    const QString before = dump();
    const Pairing read = *PairingStore(*m_db).byId(nanjingStLouis());
    Pairing changed = read;
    changed.status = QStringLiteral("active");
    changed.notes = QStringLiteral("Checked with the St. Louis office.");
    changed.established = PartialDate::day(1979, 11, 2);
    QString error;
    QVERIFY2(m_commands->editPairing(read, changed, &error), qPrintable(error));
    QCOMPARE(m_commands->stack()->undoText(), QStringLiteral("Edit pairing Nanjing – St. Louis"));
    const Pairing written = *PairingStore(*m_db).byId(read.id);
    QCOMPARE(written, changed);
    QVERIFY(written.rowVersion > read.rowVersion);
    const QString after = dump();
    QVERIFY(m_commands->undo(&error));
    QCOMPARE(dump(), before);
    QVERIFY(m_commands->redo(&error));
    QCOMPARE(dump(), after);
}

void TestPairingCommands::deleteTakesItsExchangesAndUndoBringsThemBack()
{
    const qint64 id = nanjingStLouis();
    const Commands::Deletion deletion = m_commands->deletionOf(id);
    QVERIFY(deletion.exists);
    const int own =
        TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM exchange_pairings WHERE "
                                                  "pairing_id = %1 AND exchange_id NOT IN "
                                                  "(SELECT exchange_id FROM exchange_pairings "
                                                  "WHERE pairing_id <> %1)")
                                       .arg(id))
            .toInt();
    QVERIFY(own > 0);
    QCOMPARE(deletion.ownExchanges, own);
    const int exchangesBefore =
        TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM exchanges")).toInt();
    const QString before = dump();
    QString error;
    QVERIFY2(m_commands->deletePairing(deletion, &error), qPrintable(error));
    QVERIFY(
        m_commands->stack()->undoText().contains(QStringLiteral("and its %1 exchanges").arg(own)));
    QVERIFY(!PairingStore(*m_db).byId(id));
    QCOMPARE(TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM exchanges")).toInt(),
             exchangesBefore - own);
    const QString after = dump();
    QVERIFY2(m_commands->undo(&error), qPrintable(error));
    QCOMPARE(dump(), before); // the pairing, its exchanges, links, search index and tallies
    QVERIFY(m_commands->redo(&error));
    QCOMPARE(dump(), after);
}

// The user agreed to lose N exchanges; another copy adds one to the pairing before the click.
void TestPairingCommands::deleteIsRefusedWhenItsExchangesChangedSinceTheQuestion()
{
    const qint64 id = nanjingStLouis();
    const Commands::Deletion deletion = m_commands->deletionOf(id);
    OtherCopy other(*m_db);
    Exchange added;
    added.title = QStringLiteral("Delegation visit");
    added.field = QStringLiteral("government");
    added.mode = QStringLiteral("in_person");
    QString error;
    added.pairingIds = {id};
    QVERIFY2(other.commands.addExchange(added, &error), qPrintable(error));
    const QString before = dump();
    QVERIFY(!m_commands->deletePairing(deletion, &error));
    QVERIFY2(error.contains(QStringLiteral("exchanges of this pairing were changed")),
             qPrintable(error));
    QCOMPARE(dump(), before);
    QCOMPARE(m_commands->stack()->count(), 0);
    // Asked again, the user is told of the new exchange, and the deletion goes ahead.
    const Commands::Deletion again = m_commands->deletionOf(id);
    QCOMPARE(again.ownExchanges, deletion.ownExchanges + 1);
    QVERIFY2(m_commands->deletePairing(again, &error), qPrintable(error));
    QVERIFY(!PairingStore(*m_db).byId(id));
}

// The count stays the same, but the exchanges are not the ones the user was told of.
void TestPairingCommands::deleteIsRefusedWhenOneExchangeWasSwappedForAnother()
{
    const qint64 id = nanjingStLouis();
    const Commands::Deletion deletion = m_commands->deletionOf(id);
    QVERIFY(!deletion.ownExchangeIds.isEmpty());
    OtherCopy other(*m_db);
    Exchange added;
    added.title = QStringLiteral("Delegation visit");
    added.field = QStringLiteral("government");
    added.mode = QStringLiteral("in_person");
    added.pairingIds = {id};
    QString error;
    QVERIFY(other.commands.addExchange(added, &error));
    const Exchange gone = *ExchangeStore(*other.database).byId(deletion.ownExchangeIds.first());
    QVERIFY(other.commands.deleteExchange(gone, &error));
    QCOMPARE(m_commands->deletionOf(id).ownExchanges, deletion.ownExchanges);

    const QString before = dump();
    QVERIFY(!m_commands->deletePairing(deletion, &error));
    QVERIFY2(error.contains(QStringLiteral("exchanges of this pairing were changed")),
             qPrintable(error));
    QCOMPARE(dump(), before);
}

void TestPairingCommands::checkRefusesASecondPairingOfTheSamePlaces()
{
    Pairing copy = *PairingStore(*m_db).byId(nanjingStLouis());
    copy.id = 0;
    const auto problems = m_commands->checkPairing(copy, QStringLiteral("1979"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("usPlace"));
    QVERIFY(problems.first().message.contains(QStringLiteral("paired already")));
    // The pairing itself, edited, is not a second one.
    QVERIFY(m_commands
                ->checkPairing(*PairingStore(*m_db).byId(nanjingStLouis()), QStringLiteral("1979"))
                .isEmpty());
}

// Two copies of the program on one file: each its own connection and commands.
void TestPairingCommands::editOverAnotherCopysChangeIsRefused()
{
    OtherCopy other(*m_db);
    const Pairing readHere = *PairingStore(*m_db).byId(nanjingStLouis());
    const Pairing readThere = *PairingStore(*other.database).byId(nanjingStLouis());
    Pairing theirs = readThere;
    theirs.notes = QStringLiteral("Theirs");
    QString error;
    QVERIFY(other.commands.editPairing(readThere, theirs, &error));
    Pairing mine = readHere;
    mine.notes = QStringLiteral("Mine");
    const QString before = dump();
    QVERIFY(!m_commands->editPairing(readHere, mine, &error));
    QVERIFY2(error.contains(QStringLiteral("changed or removed elsewhere")), qPrintable(error));
    QCOMPARE(dump(), before);
    QCOMPARE(PairingStore(*m_db).byId(readHere.id)->notes, QStringLiteral("Theirs"));
    QCOMPARE(m_commands->stack()->count(), 0);
}

void TestPairingCommands::undoOverAnotherCopysChangeIsRefused()
{
    const Pairing read = *PairingStore(*m_db).byId(nanjingStLouis());
    Pairing mine = read;
    mine.notes = QStringLiteral("Mine");
    QString error;
    QVERIFY(m_commands->editPairing(read, mine, &error));
    // The other copy reads after my edit and changes the record again.
    OtherCopy other(*m_db);
    const Pairing theirsRead = *PairingStore(*other.database).byId(read.id);
    Pairing theirs = theirsRead;
    theirs.notes = QStringLiteral("Theirs");
    QVERIFY(other.commands.editPairing(theirsRead, theirs, &error));
    const QString before = dump();
    QVERIFY(!m_commands->undo(&error));
    QCOMPARE(dump(), before);
    QCOMPARE(m_commands->stack()->index(), 1); // the step stays to be undone
}

// Undo puts back the old version with the old content; the next edit must not give the version
// the undone edit had, or a copy read in between would take the new content for the old.
void TestPairingCommands::aCopyReadBetweenUndoAndANewEditIsRefused()
{
    const Pairing read = *PairingStore(*m_db).byId(nanjingStLouis());
    Pairing first = read;
    first.notes = QStringLiteral("First");
    QString error;
    QVERIFY(m_commands->editPairing(read, first, &error));
    OtherCopy other(*m_db);
    const Pairing readThere = *PairingStore(*other.database).byId(read.id);
    QCOMPARE(readThere.notes, QStringLiteral("First"));
    QVERIFY(m_commands->undo(&error));
    const Pairing readAgain = *PairingStore(*m_db).byId(read.id);
    Pairing second = readAgain;
    second.notes = QStringLiteral("Second");
    QVERIFY(m_commands->editPairing(readAgain, second, &error));
    QVERIFY(PairingStore(*m_db).byId(read.id)->rowVersion != readThere.rowVersion);

    Pairing theirs = readThere;
    theirs.status = QStringLiteral("dormant");
    QVERIFY(!other.commands.editPairing(readThere, theirs, &error));
    QVERIFY2(error.contains(QStringLiteral("changed or removed elsewhere")), qPrintable(error));
    QCOMPARE(PairingStore(*m_db).byId(read.id)->notes, QStringLiteral("Second"));
}

// A copy still showing a pairing that was added and undone elsewhere cannot write over a new
// pairing given the same id.
void TestPairingCommands::aDeletedPairingsIdIsNotGivenToAnother()
{
    Pairing pairing;
    pairing.chinesePlaceId = placeNamed(QStringLiteral("Nanjing"), QStringLiteral("CN"));
    pairing.usPlaceId = placeNamed(QStringLiteral("Honolulu"), QStringLiteral("US"));
    pairing.relation = QStringLiteral("friendship");
    pairing.level = QStringLiteral("city");
    QString error;
    qint64 added = 0;
    QVERIFY2(m_commands->addPairing(pairing, &error, &added), qPrintable(error));
    OtherCopy other(*m_db);
    const Pairing readThere = *PairingStore(*other.database).byId(added);
    QVERIFY(m_commands->undo(&error));

    pairing.usPlaceId = placeNamed(QStringLiteral("St. Louis"), QStringLiteral("US"));
    pairing.chinesePlaceId = placeNamed(QStringLiteral("Beijing"), QStringLiteral("CN"));
    qint64 next = 0;
    QVERIFY2(m_commands->addPairing(pairing, &error, &next), qPrintable(error));
    QVERIFY(next > added);

    Pairing theirs = readThere;
    theirs.notes = QStringLiteral("Theirs");
    QVERIFY(!other.commands.editPairing(readThere, theirs, &error));
    QVERIFY(PairingStore(*m_db).byId(next)->notes.isEmpty());
}

void TestPairingCommands::placeAddedUndoneAndKeptWhileInUse()
{
    const QString before = dump();
    Place place;
    place.nameEn = QStringLiteral("Zhenjiang");
    place.nameZh = QStringLiteral("镇江");
    place.kind = QStringLiteral("city");
    place.countryCode = QStringLiteral("CN");
    place.latitude = 32.19;
    place.longitude = 119.42;
    QString error;
    qint64 placeId = 0;
    QVERIFY2(m_commands->addPlace(place, &error, &placeId), qPrintable(error));
    QCOMPARE(m_commands->stack()->undoText(), QStringLiteral("Add place Zhenjiang"));
    const QString withPlace = dump();
    QVERIFY(m_commands->undo(&error));
    QCOMPARE(dump(), before);
    QVERIFY(m_commands->redo(&error));
    QCOMPARE(dump(), withPlace);
    // Another copy pairs it; undoing its addition now would leave the pairing without a place.
    OtherCopy other(*m_db);
    Pairing pairing;
    pairing.chinesePlaceId = placeId;
    pairing.usPlaceId = placeNamed(QStringLiteral("Honolulu"), QStringLiteral("US"));
    pairing.relation = QStringLiteral("sister");
    pairing.level = QStringLiteral("city");
    QVERIFY(other.commands.addPairing(pairing, &error));
    const QString paired = dump();
    QVERIFY(!m_commands->undo(&error));
    QVERIFY2(error.contains(QStringLiteral("in use")), qPrintable(error));
    QCOMPARE(dump(), paired);
    QCOMPARE(m_commands->stack()->index(), 1);
}

void TestPairingCommands::placeEditedUndoneAndRefusedOverAnotherCopysChange()
{
    const qint64 id = placeNamed(QStringLiteral("St. Louis"), QStringLiteral("US"));
    QString error;
    const Place read = *m_commands->place(id, &error);
    Place corrected = read;
    corrected.latitude = 38.627;
    corrected.longitude = -90.1994;
    corrected.nameZh = QStringLiteral("圣路易斯");
    const QString before = dump();
    QVERIFY2(m_commands->editPlace(read, corrected, &error), qPrintable(error));
    QCOMPARE(m_commands->stack()->undoText(), QStringLiteral("Edit place St. Louis"));
    QCOMPARE(*m_commands->place(id, &error)->latitude, 38.627);
    const QString after = dump();
    QVERIFY(m_commands->undo(&error));
    QCOMPARE(dump(), before);
    QVERIFY(m_commands->redo(&error));
    QCOMPARE(dump(), after);
    // An edit from what was read before the change above is refused.
    Place stale = read;
    stale.nameZh = QStringLiteral("圣路易");
    QVERIFY(!m_commands->editPlace(read, stale, &error));
    QVERIFY2(error.contains(QStringLiteral("changed or removed elsewhere")), qPrintable(error));
    QCOMPARE(dump(), after);
}

QTEST_GUILESS_MAIN(TestPairingCommands)
#include "tst_pairingcommands.moc"
