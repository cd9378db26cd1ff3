// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/commands.h"
#include "app/io/bundleddataset.h"
#include "app/io/csvreader.h"
#include "app/io/editionupdate.h"
#include "app/storage/database.h"
#include "app/storage/transaction.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A database made from the first edition of the shipped data, and worked on by its users, takes
// edition 2026-12: exactly the records new in it are added, the dates it gives are filled in,
// what it corrects is corrected, and nobody's work is lost: an edited field keeps the user's
// value and is reported as a conflict, a deleted record stays deleted, a record the user added
// is untouched. One undo restores the database exactly; a second update finds nothing to do.
class TestEditionUpdate : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void aFirstEditionDatabaseTakesTheNewEditionKeepingEveryEdit();
    void theEditionsValueIsTakenWhereTheUserChoosesIt();
    void aRecordThatCannotBeMatchedIsOfferedAsNew();
    void aDatabaseOfTheLatestEditionHasNothingToTake();
    void anEditionAfterThisOneMatchesByIdAndKeepsDeletionsAndEdits();
    void aReviewThatIsOutOfDateIsRefused();

private:
    // The shipped files of an edition, read here on their own, not by the code under test.
    static CsvReader file(const QString &edition, const QString &name);
    // The ids of the pairings (or exchanges) of the edition after the first that the first
    // lacked: the first edition's rows are the next one's first rows, in order.
    static QSet<QString> newIds(const QString &name);
    QString sql(const QString &query) const { return TestSupport::scalar(*m_db, query).toString(); }
    int count(const QString &query) const { return TestSupport::scalar(*m_db, query).toInt(); }
    qint64 pairing(const QString &chinese, const QString &us) const
    {
        return TestSupport::pairingId(*m_db, chinese, us);
    }
    // A pairing row of the edition 2026-12 whose established date the first edition lacked.
    QList<int> rowsGainingADate() const;
    const EditionChange *change(const EditionUpdate &update, const QString &origin,
                                const QString &column) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<Commands> m_commands;
};

CsvReader TestEditionUpdate::file(const QString &edition, const QString &name)
{
    QFile source(
        QStringLiteral(BRIDGES_SOURCE_DIR "/resources/data/editions/%1/%2").arg(edition, name));
    if (!source.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(source.fileName()));
    return CsvReader(source.readAll(), name);
}

QSet<QString> TestEditionUpdate::newIds(const QString &name)
{
    const CsvReader first = file(QStringLiteral("first"), name);
    const CsvReader latest = file(QStringLiteral("2026-12"), name);
    QSet<QString> ids;
    for (int row = first.rowCount(); row < latest.rowCount(); ++row)
        ids << latest.value(row, QStringLiteral("id"));
    return ids;
}

QList<int> TestEditionUpdate::rowsGainingADate() const
{
    const CsvReader first = file(QStringLiteral("first"), QStringLiteral("pairings.csv"));
    const CsvReader latest = file(QStringLiteral("2026-12"), QStringLiteral("pairings.csv"));
    QList<int> rows;
    for (int row = 0; row < first.rowCount(); ++row) {
        if (first.value(row, QStringLiteral("established")).isEmpty() &&
            !latest.value(row, QStringLiteral("established")).isEmpty())
            rows << row;
    }
    return rows;
}

const EditionChange *TestEditionUpdate::change(const EditionUpdate &update, const QString &origin,
                                               const QString &column) const
{
    for (const EditionChange &change : update.changes()) {
        if (change.origin == origin && change.column == column)
            return &change;
    }
    return nullptr;
}

void TestEditionUpdate::init()
{
    m_commands.reset();
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = TestSupport::createWithFirstEdition(*m_dir);
    m_notifier = std::make_unique<ChangeNotifier>();
    m_commands = std::make_unique<Commands>(*m_db, *m_notifier);
}

void TestEditionUpdate::aFirstEditionDatabaseTakesTheNewEditionKeepingEveryEdit()
{
    const CsvReader latest = file(QStringLiteral("2026-12"), QStringLiteral("pairings.csv"));
    const auto namesOf = [&](int row) {
        return std::pair{latest.value(row, QStringLiteral("cn_name_en")),
                         latest.value(row, QStringLiteral("us_name"))};
    };
    const QList<int> gaining = rowsGainingADate();
    QVERIFY(gaining.size() >= 40);
    // The users' work since the first start.
    // 1. A date of their own where the edition now gives another: a conflict.
    const auto [editedCn, editedUs] = namesOf(gaining.at(0));
    const QString editionDate = latest.value(gaining.at(0), QStringLiteral("established"));
    const QString ownDate =
        editionDate == QLatin1String("1990") ? QStringLiteral("1991") : QStringLiteral("1990");
    TestSupport::execute(*m_db, QStringLiteral("UPDATE pairings SET established = '%1' WHERE "
                                               "id = %2")
                                    .arg(ownDate)
                                    .arg(pairing(editedCn, editedUs)));
    // 2. Notes of their own on a pairing whose notes the edition leaves as they were.
    const CsvReader first = file(QStringLiteral("first"), QStringLiteral("pairings.csv"));
    int sameNotes = 0;
    while (first.value(sameNotes, QStringLiteral("note")) !=
           latest.value(sameNotes, QStringLiteral("note")))
        ++sameNotes;
    const auto [notedCn, notedUs] = namesOf(sameNotes);
    const qint64 noted = pairing(notedCn, notedUs);
    TestSupport::execute(*m_db, QStringLiteral("UPDATE pairings SET notes = 'Ours: renewed "
                                               "2024' WHERE id = %1")
                                    .arg(noted));
    // 3. A shipped pairing deleted, one the edition gives a date to.
    const auto [deletedCn, deletedUs] = namesOf(gaining.at(1));
    QString error;
    QVERIFY2(
        m_commands->deletePairing(m_commands->deletionOf(pairing(deletedCn, deletedUs)), &error),
        qPrintable(error));
    // 4. A pairing of their own, and one the edition adds too, which they entered first.
    TestSupport::execute(
        *m_db, QStringLiteral("INSERT INTO pairings (chinese_place_id, us_place_id, relation, "
                              "level, notes) SELECT c.id, u.id, 'sister', 'city', 'ours' FROM "
                              "places c, places u WHERE c.name_en = 'Nanjing' AND c.kind = "
                              "'city' AND u.name_en = 'Honolulu' AND u.kind = 'city'"));
    const qint64 ours = pairing(QStringLiteral("Nanjing"), QStringLiteral("Honolulu"));
    QVERIFY(ours > 0);
    TestSupport::execute(
        *m_db, QStringLiteral("INSERT INTO pairings (chinese_place_id, us_place_id, relation, "
                              "level, established) SELECT c.id, u.id, 'sister', "
                              "'province_state', '1981' FROM places c, places u WHERE "
                              "c.region_code = 'CN-ZJ' AND u.region_code = 'US-NJ'"));
    const qint64 zhejiangNewJersey =
        pairing(QStringLiteral("Zhejiang"), QStringLiteral("New Jersey"));
    const auto rowOf = [this](qint64 id) {
        return sql(QStringLiteral("SELECT level || relation || coalesce(established, '') || "
                                  "coalesce(notes, '') || coalesce(origin, '') || row_version "
                                  "FROM pairings WHERE id = %1")
                       .arg(id));
    };
    const QString ourRows = rowOf(ours) + rowOf(zhejiangNewJersey);
    const int pairingsBefore = count(QStringLiteral("SELECT count(*) FROM pairings"));
    const int exchangesBefore = count(QStringLiteral("SELECT count(*) FROM exchanges"));
    const QString before = TestSupport::dump(*m_db);

    // The review: what would happen, and how each record was matched. Nothing is written.
    const Commands::EditionReview preview = m_commands->reviewEdition();
    QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
    QCOMPARE(TestSupport::dump(*m_db), before);
    // (The dump's own check of the search index counts as a change of this connection's.)
    const Commands::EditionReview review = m_commands->reviewEdition();
    const EditionUpdate &update = review.update;
    QVERIFY(update.isNeeded());
    QCOMPARE(update.from(), QStringLiteral("first"));
    QCOMPARE(update.to(), QStringLiteral("2026-12"));
    const QSet<QString> newPairings = newIds(QStringLiteral("pairings.csv"));
    const QSet<QString> newExchanges = newIds(QStringLiteral("events.csv"));
    const EditionUpdate::Counts counts = update.counts();
    QCOMPARE(counts.pairings, int(newPairings.size()) - 1); // Zhejiang–New Jersey is theirs
    QCOMPARE(counts.exchanges, int(newExchanges.size()));
    QCOMPARE(counts.officialCounts, 5);
    QCOMPARE(counts.yours, 1);
    QCOMPARE(counts.unmatched, 1);
    QCOMPARE(counts.conflicts, 1);
    // Every other first-edition record was found by its names.
    QCOMPARE(counts.byNames,
             first.rowCount() - 1 +
                 file(QStringLiteral("first"), QStringLiteral("events.csv")).rowCount());
    QCOMPARE(counts.dates, gaining.size() - 2);
    const QString editedId = latest.value(gaining.at(0), QStringLiteral("id"));
    const EditionChange *conflict = change(update, editedId, QStringLiteral("established"));
    QVERIFY(conflict);
    QCOMPARE(conflict->kind, EditionChange::Kind::Conflict);
    QCOMPARE(conflict->yours, ownDate);
    QCOMPARE(conflict->edition, editionDate);
    QVERIFY(!conflict->taken);
    QCOMPARE(conflict->match, EditionChange::Match::ByNames);
    const EditionChange *deleted =
        change(update, latest.value(gaining.at(1), QStringLiteral("id")), QString());
    QVERIFY(deleted);
    QCOMPARE(deleted->kind, EditionChange::Kind::Unmatched);
    QVERIFY(!deleted->taken);
    const EditionChange *theirs = change(update, QStringLiteral("p0184"), QString());
    QVERIFY(theirs);
    QCOMPARE(theirs->kind, EditionChange::Kind::Yours);

    QVERIFY2(m_commands->takeEdition({}, review.stamp, &error), qPrintable(error));
    QCOMPARE(m_commands->stack()->undoText(), QStringLiteral("Take data edition 2026-12"));
    // Exactly the new records, with their ids.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pairings")),
             pairingsBefore + int(newPairings.size()) - 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exchanges")),
             exchangesBefore + int(newExchanges.size()));
    for (const QString &id : newPairings) {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pairings WHERE origin = '%1'").arg(id)),
                 id == QLatin1String("p0184") ? 0 : 1);
    }
    for (const QString &id : newExchanges)
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM exchanges WHERE origin = '%1'").arg(id)), 1);
    // The dates filled in, but where the user had given their own.
    for (const int row : gaining.mid(2)) {
        const auto [cn, us] = namesOf(row);
        QCOMPARE(sql(QStringLiteral("SELECT established FROM pairings WHERE id = %1")
                         .arg(pairing(cn, us))),
                 latest.value(row, QStringLiteral("established")));
    }
    QCOMPARE(sql(QStringLiteral("SELECT established FROM pairings WHERE id = %1")
                     .arg(pairing(editedCn, editedUs))),
             ownDate);
    QCOMPARE(sql(QStringLiteral("SELECT notes FROM pairings WHERE id = %1").arg(noted)),
             QStringLiteral("Ours: renewed 2024"));
    QCOMPARE(pairing(deletedCn, deletedUs), 0);
    QCOMPARE(rowOf(ours) + rowOf(zhejiangNewJersey), ourRows);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pairings WHERE origin IS NULL")), 2);
    // Corrected: a US place in the wrong state, a Chinese one in no province, ties that are
    // friendship ties.
    QCOMPARE(sql(QStringLiteral("SELECT s.region_code FROM pairings p JOIN places u ON u.id = "
                                "p.us_place_id JOIN places s ON s.id = u.parent_id WHERE p.id = "
                                "%1")
                     .arg(pairing(QStringLiteral("Wujiang (Suzhou)"), QStringLiteral("Marlboro")))),
             QStringLiteral("US-NJ"));
    QCOMPARE(sql(QStringLiteral("SELECT u.latitude FROM pairings p JOIN places u ON u.id = "
                                "p.us_place_id WHERE p.id = %1")
                     .arg(pairing(QStringLiteral("Wujiang (Suzhou)"), QStringLiteral("Marlboro"))))
                 .toDouble(),
             40.315);
    // Columbia, South Carolina is Yibin's partner too: Laoshan's pairing moves to Columbia,
    // Missouri, and Yibin's keeps its place.
    const auto stateOf = [this](const QString &chinese) {
        return sql(QStringLiteral("SELECT s.region_code FROM pairings p JOIN places u ON u.id = "
                                  "p.us_place_id JOIN places s ON s.id = u.parent_id WHERE p.id = "
                                  "%1")
                       .arg(pairing(chinese, QStringLiteral("Columbia"))));
    };
    QCOMPARE(stateOf(QStringLiteral("Laoshan (Qingdao)")), QStringLiteral("US-MO"));
    QCOMPARE(stateOf(QStringLiteral("Yibin")), QStringLiteral("US-SC"));
    QCOMPARE(sql(QStringLiteral("SELECT r.name_en FROM pairings p JOIN places c ON c.id = "
                                "p.chinese_place_id JOIN places r ON r.id = c.parent_id WHERE "
                                "p.id = %1")
                     .arg(pairing(QStringLiteral("Yulin"), QStringLiteral("Gillette")))),
             QStringLiteral("Shaanxi"));
    QCOMPARE(sql(QStringLiteral("SELECT relation FROM pairings WHERE id = %1")
                     .arg(pairing(QStringLiteral("Harbin"), QStringLiteral("Anchorage")))),
             QStringLiteral("friendship"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM official_counts")), 5);
    QCOMPARE(sql(QStringLiteral("SELECT name FROM data_edition")), QStringLiteral("2026-12"));
    const QString after = TestSupport::dump(*m_db);

    // One undo: exactly as before. Redo: exactly as after.
    QVERIFY2(m_commands->undo(&error), qPrintable(error));
    QCOMPARE(TestSupport::dump(*m_db), before);
    QVERIFY2(m_commands->redo(&error), qPrintable(error));
    QCOMPARE(TestSupport::dump(*m_db), after);

    // Taken once, there is nothing more to take.
    const Commands::EditionReview again = m_commands->reviewEdition();
    QVERIFY(!again.update.isNeeded());
    QVERIFY(!m_commands->takeEdition({}, QString(), &error));
    QVERIFY(error.contains(QStringLiteral("2026-12")));
    QCOMPARE(TestSupport::dump(*m_db), after);
}

void TestEditionUpdate::theEditionsValueIsTakenWhereTheUserChoosesIt()
{
    const CsvReader latest = file(QStringLiteral("2026-12"), QStringLiteral("pairings.csv"));
    const int row = rowsGainingADate().first();
    const qint64 id = pairing(latest.value(row, QStringLiteral("cn_name_en")),
                              latest.value(row, QStringLiteral("us_name")));
    TestSupport::execute(
        *m_db, QStringLiteral("UPDATE pairings SET established = '1901' WHERE id = %1").arg(id));
    const Commands::EditionReview review = m_commands->reviewEdition();
    const EditionChange *conflict = change(review.update, latest.value(row, QStringLiteral("id")),
                                           QStringLiteral("established"));
    QVERIFY(conflict);
    QString error;
    QVERIFY2(m_commands->takeEdition({{conflict->key(), true}}, review.stamp, &error),
             qPrintable(error));
    QCOMPARE(sql(QStringLiteral("SELECT established FROM pairings WHERE id = %1").arg(id)),
             latest.value(row, QStringLiteral("established")));
}

void TestEditionUpdate::aRecordThatCannotBeMatchedIsOfferedAsNew()
{
    // Renamed here: the first edition's names no longer find it, so it is not merged by guess.
    const qint64 renamed = pairing(QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
    TestSupport::execute(*m_db, QStringLiteral("UPDATE places SET name_en = 'Saint Louis' WHERE "
                                               "id = (SELECT us_place_id FROM pairings WHERE id = "
                                               "%1)")
                                    .arg(renamed));
    const Commands::EditionReview review = m_commands->reviewEdition();
    QVERIFY2(review.error.isEmpty(), qPrintable(review.error));
    const EditionChange *unmatched = nullptr;
    for (const EditionChange &change : review.update.changes()) {
        if (change.name == QStringLiteral("Nanjing – St. Louis") && change.column.isEmpty())
            unmatched = &change;
    }
    QVERIFY(unmatched);
    QCOMPARE(unmatched->kind, EditionChange::Kind::Unmatched);
    QCOMPARE(unmatched->matchName(), QStringLiteral("not found"));
    QVERIFY(!unmatched->taken);
    // Chosen, it is added as a record of its own beside the renamed one.
    QString error;
    QVERIFY2(m_commands->takeEdition({{unmatched->key(), true}}, review.stamp, &error),
             qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pairings WHERE origin = '%1'")
                       .arg(unmatched->origin)),
             1);
    QCOMPARE(sql(QStringLiteral("SELECT origin FROM pairings WHERE id = %1").arg(renamed)),
             QString());
    QVERIFY(pairing(QStringLiteral("Nanjing"), QStringLiteral("St. Louis")) != renamed);
}

void TestEditionUpdate::aDatabaseOfTheLatestEditionHasNothingToTake()
{
    QTemporaryDir dir;
    const std::unique_ptr<Database> latest = TestSupport::createWithShippedData(dir);
    ChangeNotifier notifier;
    Commands commands(*latest, notifier);
    const Commands::EditionReview review = commands.reviewEdition();
    QVERIFY(!review.update.isNeeded());
    QCOMPARE(review.update.from(), QStringLiteral("2026-12"));
    QVERIFY(review.update.changes().isEmpty());
}

void TestEditionUpdate::anEditionAfterThisOneMatchesByIdAndKeepsDeletionsAndEdits()
{
    // A database of 2026-12, and an edition after it (written here): p0002's date is corrected
    // and one pairing is new.
    QTemporaryDir dir;
    const std::unique_ptr<Database> db = TestSupport::createWithShippedData(dir);
    CsvReader pairings = file(QStringLiteral("2026-12"), QStringLiteral("pairings.csv"));
    QFile in(QStringLiteral(BRIDGES_SOURCE_DIR "/resources/data/editions/2026-12/pairings.csv"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(in.readAll());
    const QString p0002 = pairings.value(1, QStringLiteral("established"));
    QCOMPARE(p0002, QStringLiteral("1980-06-10"));
    text.replace(QStringLiteral(",1980-06-10,"), QStringLiteral(",1980-06-11,"));
    text += QStringLiteral("p0220,city,sister,Nanjing,南京,Jiangsu,32.0608,118.7789,Honolulu,HI,"
                           "21.3069,-157.8583,2001,https://example.org/next-edition,a test row\n");
    QFile out(dir.filePath(QStringLiteral("pairings.csv")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    out.close();
    const DataEdition next{QStringLiteral("next"), out.fileName(),
                           QStringLiteral(":/data/editions/2026-12/events.csv"),
                           QStringLiteral(":/data/editions/2026-12/official-counts.csv")};
    // Here, meanwhile: p0003 deleted; p0002's date set by hand to another day.
    TestSupport::execute(*db, QStringLiteral("DELETE FROM pairings WHERE origin = 'p0003'"));
    TestSupport::execute(*db, QStringLiteral("UPDATE pairings SET established = '1980-06-12' "
                                             "WHERE origin = 'p0002'"));

    EditionUpdate update = EditionUpdate::plan(*db, next, {});
    QVERIFY(update.isNeeded());
    const EditionUpdate::Counts counts = update.counts();
    QCOMPARE(counts.pairings, 1);
    QCOMPARE(counts.deleted, 1);
    QCOMPARE(counts.conflicts, 1);
    QCOMPARE(counts.byNames, 0);
    QCOMPARE(change(update, QStringLiteral("p0003"), QString())->kind,
             EditionChange::Kind::Deleted);
    QCOMPARE(change(update, QStringLiteral("p0002"), QStringLiteral("established"))->match,
             EditionChange::Match::ById);
    {
        Transaction writing(*db);
        update.write(*db);
        writing.commit();
    }
    QCOMPARE(TestSupport::scalar(*db, QStringLiteral("SELECT count(*) FROM pairings WHERE "
                                                     "origin = 'p0003'"))
                 .toInt(),
             0);
    QCOMPARE(TestSupport::scalar(*db, QStringLiteral("SELECT established FROM pairings WHERE "
                                                     "origin = 'p0002'"))
                 .toString(),
             QStringLiteral("1980-06-12"));
    QCOMPARE(TestSupport::scalar(*db, QStringLiteral("SELECT established FROM pairings WHERE "
                                                     "origin = 'p0220'"))
                 .toString(),
             QStringLiteral("2001"));
    QCOMPARE(TestSupport::scalar(*db, QStringLiteral("SELECT name FROM data_edition")).toString(),
             QStringLiteral("next"));
}

void TestEditionUpdate::aReviewThatIsOutOfDateIsRefused()
{
    const Commands::EditionReview review = m_commands->reviewEdition();
    // Someone else changes a record after the review was read.
    TestSupport::execute(*m_db, QStringLiteral("UPDATE pairings SET notes = 'meanwhile' WHERE "
                                               "id = (SELECT min(id) FROM pairings)"));
    const QString before = TestSupport::dump(*m_db);
    QString error;
    QVERIFY(!m_commands->takeEdition({}, review.stamp, &error));
    QVERIFY2(error.contains(QStringLiteral("review it again")), qPrintable(error));
    QCOMPARE(TestSupport::dump(*m_db), before);
    QVERIFY(!m_commands->stack()->canUndo());
}

QTEST_GUILESS_MAIN(TestEditionUpdate)
#include "tst_editionupdate.moc"
