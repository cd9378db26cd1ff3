// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/commands.h"
#include "app/storage/database.h"
#include "app/storage/pairingstore.h"
#include "tests/support/commandsfixture.h"
#include "tests/support/testdatabase.h"

#include <QTest>

// Merging a file's rows into the records the database holds, through the commands: the
// preview says which rows would fill in what the records lack and where the file says
// otherwise; the import fills in only what was unknown, as one step that undo takes back
// (refused once a filled record has changed) and redo puts in again.
class TestImportMerge : public QObject, private CommandsFixture
{
    Q_OBJECT
private slots:
    void init() { freshDatabase(); }
    void rowsOfHeldRecordsFillInWhatTheyLack();
    void undoingAMergeIsRefusedOnceAFilledRecordChanged();
    void heldPlacesTakeCoordinatesWhenMerged();

private:
    QByteArray heldPairingsFile() const;
    QString dump() const { return TestSupport::dump(*m_db); }
    int sql(const QString &query) const { return TestSupport::scalar(*m_db, query).toInt(); }
};

// A pairings file whose rows repeat pairings the database holds: left out, the preview says
// which rows would fill in what the database lacks and where the file says otherwise; merged,
// the unknown year, status and source are filled in, known values stay, and undo and redo
// take the fill back and put it in again.
QByteArray TestImportMerge::heldPairingsFile() const
{
    // A pairing whose year no source gives, named as the shipped file names it.
    const QString unknownYear =
        TestSupport::scalar(
            *m_db,
            QStringLiteral("SELECT c.name_en || ',' || u.name_en || ',' || p.level FROM "
                           "pairings p JOIN places c ON c.id = p.chinese_place_id JOIN places "
                           "u ON u.id = p.us_place_id WHERE p.established IS NULL AND p.status "
                           "IS NULL ORDER BY p.id LIMIT 1"))
            .toString();
    const QStringList parts = unknownYear.split(QLatin1Char(','));
    return QStringLiteral("level,relation,cn_name_en,us_name,established,status,source_url\n"
                          "%3,sister,%1,%2,1999,active,https://example.org/merge-test\n"
                          "city,sister,Nanjing,St. Louis,1980,,\n")
        .arg(parts.at(0), parts.at(1), parts.at(2))
        .toUtf8();
}

void TestImportMerge::rowsOfHeldRecordsFillInWhatTheyLack()
{
    const QByteArray bytes = heldPairingsFile();
    const QString before = dump();
    const Commands::ImportPreview skipped =
        m_commands->previewImport({ImportKind::Pairings, bytes, QStringLiteral("m.csv")});
    QVERIFY2(skipped.error.isEmpty() && skipped.problems.isEmpty(), qPrintable(skipped.error));
    QCOMPARE(skipped.records, 0);
    QCOMPARE(skipped.duplicateLines, (QList<int>{2, 3}));
    QCOMPARE(skipped.fillableLines, QList<int>{2});
    QCOMPARE(skipped.differences.size(), 1);
    QCOMPARE(skipped.differences.first().line, 3);
    QCOMPARE(skipped.differences.first().field, QStringLiteral("established"));
    QCOMPARE(skipped.differences.first().inDatabase, QStringLiteral("1979-11"));
    QCOMPARE(skipped.differences.first().inFile, QStringLiteral("1980"));
    QVERIFY(!skipped.canImport()); // nothing new, and nothing merged

    const ImportRequest merge(ImportKind::Pairings, bytes, QStringLiteral("m.csv"), {},
                              DatasetWriter::Duplicates::Merge);
    const Commands::ImportPreview merging = m_commands->previewImport(merge);
    QVERIFY(merging.canImport());
    QCOMPARE(merging.sources, 1);
    QCOMPARE(dump(), before);
    QString error;
    QVERIFY2(m_commands->importFile(merge, &error), qPrintable(error));
    QCOMPARE(m_commands->stack()->undoText(),
             QStringLiteral("Fill in 1 record held already from m.csv"));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pairings p JOIN pairing_sources ps ON "
                                "ps.pairing_id = p.id JOIN sources s ON s.id = ps.source_id "
                                "WHERE p.established = '1999' AND p.status = 'active' AND s.url "
                                "= 'https://example.org/merge-test'")),
             1);
    const qint64 stLouis =
        TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
    QCOMPARE(
        TestSupport::scalar(
            *m_db, QStringLiteral("SELECT established FROM pairings WHERE id = %1").arg(stLouis))
            .toString(),
        QStringLiteral("1979-11")); // known, so kept
    const QString after = dump();
    QVERIFY2(m_commands->undo(&error), qPrintable(error));
    QCOMPARE(dump(), before);
    QVERIFY2(m_commands->redo(&error), qPrintable(error));
    QCOMPARE(dump(), after);
}

void TestImportMerge::undoingAMergeIsRefusedOnceAFilledRecordChanged()
{
    QString error;
    QVERIFY(m_commands->importFile({ImportKind::Pairings,
                                    heldPairingsFile(),
                                    QStringLiteral("m.csv"),
                                    {},
                                    DatasetWriter::Duplicates::Merge},
                                   &error));
    const qint64 filled = sql(QStringLiteral("SELECT id FROM pairings WHERE established = '1999'"));
    OtherCopy other(*m_db);
    const Pairing read = *PairingStore(*other.database).byId(filled);
    Pairing theirs = read;
    theirs.notes = QStringLiteral("Renewed in 2019.");
    QVERIFY2(other.commands.editPairing(read, theirs, &error), qPrintable(error));
    const QString before = dump();
    QVERIFY(!m_commands->undo(&error));
    QVERIFY2(error.contains(QStringLiteral("changed since")), qPrintable(error));
    QCOMPARE(dump(), before);
}

// A places file merged into the database: a place it holds without coordinates takes the
// file's; one with coordinates keeps its own, and the difference is shown.
void TestImportMerge::heldPlacesTakeCoordinatesWhenMerged()
{
    const QString unplaced =
        TestSupport::scalar(
            *m_db,
            QStringLiteral("SELECT p.name_en || ',' || r.name_en FROM places p JOIN places r "
                           "ON r.id = p.parent_id WHERE p.latitude IS NULL AND p.country_code "
                           "= 'US' AND p.kind = 'city' ORDER BY p.id LIMIT 1"))
            .toString();
    QVERIFY(!unplaced.isEmpty());
    const QString known =
        TestSupport::scalar(*m_db,
                            QStringLiteral("SELECT latitude FROM places WHERE name_en = 'Nanjing'"))
            .toString();
    const QByteArray bytes = QStringLiteral("country,kind,name_en,province_state,lat,lon\n"
                                            "US,city,%1,12.5,-45.25\n"
                                            "CN,city,Nanjing,Jiangsu,10,10\n")
                                 .arg(unplaced)
                                 .toUtf8();
    const ImportRequest merge(ImportKind::Places, bytes, QStringLiteral("p.csv"), {},
                              DatasetWriter::Duplicates::Merge);
    const Commands::ImportPreview preview = m_commands->previewImport(merge);
    QCOMPARE(preview.fillableLines, QList<int>{2});
    QCOMPARE(preview.differences.size(), 2); // Nanjing's latitude and longitude
    QCOMPARE(preview.differences.first().field, QStringLiteral("lat"));
    QString error;
    QVERIFY2(m_commands->importFile(merge, &error), qPrintable(error));
    const QString name = unplaced.section(QLatin1Char(','), 0, 0);
    QCOMPARE(TestSupport::scalar(*m_db, QStringLiteral("SELECT latitude || ' ' || longitude FROM "
                                                       "places WHERE name_en = '%1'")
                                            .arg(name))
                 .toString(),
             QStringLiteral("12.5 -45.25"));
    QCOMPARE(TestSupport::scalar(
                 *m_db, QStringLiteral("SELECT latitude FROM places WHERE name_en = 'Nanjing'"))
                 .toString(),
             known);
}

QTEST_GUILESS_MAIN(TestImportMerge)
#include "tst_importmerge.moc"
