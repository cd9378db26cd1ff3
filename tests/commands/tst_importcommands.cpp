// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/commands.h"
#include "app/domain/partialdate.h"
#include "app/io/listexport.h"
#include "app/storage/changenotifier.h"
#include "app/storage/database.h"
#include "app/storage/pairingstore.h"
#include "tests/support/commandsfixture.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Importing a pairings file into the database in use, through the commands: the preview says
// what would be added and what is left out and writes nothing; the import adds the pairings
// with the places and sources they need, leaves the pairings already there and the places'
// known coordinates alone, and is one step that undo takes back exactly and redo brings back
// with the same ids; a file with bad rows lists every one with its line and field and writes
// nothing; undo is refused once an imported record was changed or used elsewhere.
class TestImportCommands : public QObject, private CommandsFixture
{
    Q_OBJECT
private slots:
    void init() { freshDatabase(); }
    void previewSaysWhatWouldBeAddedAndWritesNothing();
    void importUndoRedo();
    void everyBadRowIsListedAndNothingWritten();
    void undoIsRefusedOnceAnImportedPairingIsUsed();
    void exchangesImportedLinkedUndoneAndRedone();
    void badExchangeRowsAreListed();
    void rowsWithoutProvinceFindThePlaceThere();
    void aColumnSetToNoneIsNotRead();
    void cancellingWritesNothing();
    void aRowWithOneWrongPlaceAddsNoPlace();
    void badJsonRowsAreListedByLine();
    void placesImportedThenNamedByExchanges();
    void badPlaceRowsAreListed();
    void anAddressGivenTwiceInACellIsCitedOnce();
    void exportedListsImportAgain_data();
    void exportedListsImportAgain();
    void changesSinceThePreviewAreSeenByTheImport_data();
    void changesSinceThePreviewAreSeenByTheImport();

private:
    static QByteArray file(const QString &name);
    // The lines and fields of the problems, in order.
    static std::pair<QList<int>, QStringList> where(const QList<Commands::ImportProblem> &problems)
    {
        std::pair<QList<int>, QStringList> result;
        for (const Commands::ImportProblem &problem : problems) {
            result.first << problem.line;
            result.second << problem.field;
        }
        return result;
    }
    QString dump() const { return TestSupport::dump(*m_db); }
    int sql(const QString &query) const { return TestSupport::scalar(*m_db, query).toInt(); }
};

QByteArray TestImportCommands::file(const QString &name)
{
    QFile input(TestSupport::dataFile(name));
    return input.open(QIODevice::ReadOnly) ? input.readAll() : QByteArray();
}

void TestImportCommands::previewSaysWhatWouldBeAddedAndWritesNothing()
{
    const QString before = dump();
    const Commands::ImportPreview preview = m_commands->previewImport(
        {ImportKind::Pairings, file(QStringLiteral("import-pairings.csv")),
         QStringLiteral("import-pairings.csv")});
    QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
    QVERIFY(preview.problems.isEmpty());
    QCOMPARE(preview.records, 2);
    QCOMPARE(preview.places, 2);  // Lianyungang, Peoria; Nanjing and Alhambra are there
    QCOMPARE(preview.sources, 1); // Alhambra's row cites nothing
    QCOMPARE(preview.duplicateLines, QList<int>{4}); // Nanjing – St. Louis
    QVERIFY(preview.canImport());
    QCOMPARE(dump(), before);
    QCOMPARE(m_commands->stack()->count(), 0);
}

void TestImportCommands::importUndoRedo()
{
    const QString before = dump();
    const double nanjingLatitude =
        TestSupport::scalar(*m_db, QStringLiteral("SELECT latitude FROM places WHERE name_en = "
                                                  "'Nanjing'"))
            .toDouble();
    QString error;
    QVERIFY2(
        m_commands->importFile({ImportKind::Pairings, file(QStringLiteral("import-pairings.csv")),
                                QStringLiteral("import-pairings.csv")},
                               &error),
        qPrintable(error));
    QCOMPARE(m_commands->stack()->undoText(),
             QStringLiteral("Import 2 pairings from import-pairings.csv"));
    const qint64 added =
        TestSupport::pairingId(*m_db, QStringLiteral("Lianyungang"), QStringLiteral("Peoria"));
    QVERIFY(added);
    const Pairing pairing = *PairingStore(*m_db).byId(added);
    QCOMPARE(pairing.status, QStringLiteral("active"));
    QCOMPARE(pairing.established.toIso(), QStringLiteral("2024-05"));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pairing_sources ps JOIN sources s ON s.id = "
                                "ps.source_id WHERE ps.pairing_id = %1 AND s.url = "
                                "'https://example.org/lianyungang-peoria'")
                     .arg(added)),
             1);
    // The new city lies in Jiangsu; the known Nanjing keeps its coordinates (the file says
    // 1.0, 1.0).
    QCOMPARE(TestSupport::scalar(*m_db, QStringLiteral("SELECT r.region_code FROM places p JOIN "
                                                       "places r ON r.id = p.parent_id WHERE "
                                                       "p.name_en = 'Lianyungang'"))
                 .toString(),
             QStringLiteral("CN-JS"));
    QCOMPARE(TestSupport::scalar(*m_db, QStringLiteral("SELECT latitude FROM places WHERE name_en "
                                                       "= 'Nanjing'"))
                 .toDouble(),
             nanjingLatitude);
    QVERIFY(TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("Alhambra")));
    // Alhambra's coordinates are not known in the database; a file's word does not change a
    // record already there (an edit does, with undo).
    QVERIFY(TestSupport::scalar(*m_db, QStringLiteral("SELECT latitude FROM places WHERE name_en "
                                                      "= 'Alhambra'"))
                .isNull());
    const QString after = dump();
    QVERIFY(m_commands->undo(&error));
    QCOMPARE(dump(), before);
    QVERIFY(m_commands->redo(&error));
    QCOMPARE(dump(), after); // the same ids again
}

void TestImportCommands::everyBadRowIsListedAndNothingWritten()
{
    const QString before = dump();
    const QByteArray bytes = file(QStringLiteral("bad/pairings-problems.csv"));
    const Commands::ImportPreview preview = m_commands->previewImport(
        {ImportKind::Pairings, bytes, QStringLiteral("pairings-problems.csv")});
    QVERIFY(!preview.canImport());
    const auto [lines, fields] = where(preview.problems);
    for (const Commands::ImportProblem &problem : preview.problems) {
        QVERIFY2(problem.message.startsWith(
                     QStringLiteral("pairings-problems.csv, line %1, field ").arg(problem.line)),
                 qPrintable(problem.message));
    }
    QCOMPARE(lines, (QList<int>{2, 3, 4, 5, 7}));
    QCOMPARE(fields, (QStringList{QStringLiteral("established"), QStringLiteral("level"),
                                  QStringLiteral("cn_lat"), QStringLiteral("cn_province_en"),
                                  QStringLiteral("us_name")}));
    QVERIFY(preview.problems.last().message.contains(QStringLiteral("line 6")));
    QString error;
    QVERIFY(!m_commands->importFile(
        {ImportKind::Pairings, bytes, QStringLiteral("pairings-problems.csv")}, &error));
    QVERIFY2(error.contains(QStringLiteral("Nothing was imported")), qPrintable(error));
    QCOMPARE(dump(), before);
    QCOMPARE(m_commands->stack()->count(), 0);
    // A file that is not a pairings file at all says so.
    const Commands::ImportPreview wrong = m_commands->previewImport(
        {ImportKind::Pairings, "title,date\nVisit,2020\n", QStringLiteral("x.csv")});
    QVERIFY2(wrong.error.contains(QStringLiteral("has no column “level”")),
             qPrintable(wrong.error));
}

void TestImportCommands::undoIsRefusedOnceAnImportedPairingIsUsed()
{
    QString error;
    QVERIFY(
        m_commands->importFile({ImportKind::Pairings, file(QStringLiteral("import-pairings.csv")),
                                QStringLiteral("import-pairings.csv")},
                               &error));
    const qint64 added =
        TestSupport::pairingId(*m_db, QStringLiteral("Lianyungang"), QStringLiteral("Peoria"));
    // Another copy adds an exchange of the imported pairing.
    OtherCopy other(*m_db);
    Exchange exchange;
    exchange.title = QStringLiteral("First delegation");
    exchange.field = QStringLiteral("government");
    exchange.mode = QStringLiteral("in_person");
    exchange.pairingIds = {added};
    QVERIFY(other.commands.addExchange(exchange, &error));
    const QString before = dump();
    QVERIFY(!m_commands->undo(&error));
    QVERIFY2(error.contains(QStringLiteral("changed or used since")), qPrintable(error));
    QCOMPARE(dump(), before);
    QCOMPARE(m_commands->stack()->index(), 1);
}

void TestImportCommands::exchangesImportedLinkedUndoneAndRedone()
{
    const QByteArray bytes = file(QStringLiteral("import-exchanges.csv"));
    const QString before = dump();
    const Commands::ImportPreview preview =
        m_commands->previewImport({ImportKind::Exchanges, bytes, QStringLiteral("x.csv")});
    QVERIFY2(preview.canImport(), qPrintable(preview.error));
    QCOMPARE(preview.records, 2);
    QCOMPARE(preview.places, 0);
    QCOMPARE(dump(), before);
    QString error;
    QVERIFY2(
        m_commands->importFile({ImportKind::Exchanges, bytes, QStringLiteral("x.csv")}, &error),
        qPrintable(error));
    QCOMPARE(m_commands->stack()->undoText(), QStringLiteral("Import 2 exchanges from x.csv"));
    // Linked to the pairings of the places they name, found in the search and counted.
    const qint64 nanjing =
        TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
    const qint64 hubei =
        TestSupport::pairingId(*m_db, QStringLiteral("Hubei"), QStringLiteral("Ohio"));
    const int summer = sql(QStringLiteral("SELECT id FROM exchanges WHERE title LIKE 'Nanjing "
                                          "students%'"));
    QCOMPARE(sql(QStringLiteral("SELECT pairing_id FROM exchange_pairings WHERE exchange_id = %1")
                     .arg(summer)),
             int(nanjing));
    QCOMPARE(TestSupport::scalar(*m_db, QStringLiteral("SELECT end_date || '|' || participants "
                                                       "FROM exchanges WHERE id = %1")
                                            .arg(summer))
                 .toString(),
             QStringLiteral("2025-06-20|20 students"));
    const int curators =
        sql(QStringLiteral("SELECT id FROM exchanges WHERE title LIKE 'Online exchange%'"));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM exchange_pairings WHERE exchange_id = %1 "
                                "AND pairing_id = %2")
                     .arg(curators)
                     .arg(hubei)),
             1);
    QCOMPARE(TestSupport::exchangesFound(*m_db, QStringLiteral("curators")), 1);
    // Imported again: both are there already.
    const Commands::ImportPreview again =
        m_commands->previewImport({ImportKind::Exchanges, bytes, QStringLiteral("x.csv")});
    QCOMPARE(again.records, 0);
    QCOMPARE(again.duplicateLines, (QList<int>{2, 3}));
    const QString after = dump();
    QVERIFY(m_commands->undo(&error));
    QCOMPARE(dump(), before);
    QVERIFY(m_commands->redo(&error));
    QCOMPARE(dump(), after);
}

// The preview counts the places the good rows would add: a row whose Chinese place is new
// but whose US state does not exist adds neither.
void TestImportCommands::aRowWithOneWrongPlaceAddsNoPlace()
{
    const Commands::ImportPreview preview =
        m_commands->previewImport({ImportKind::Pairings,
                                   "level,relation,cn_name_en,cn_province_en,us_name,us_state\n"
                                   "city,sister,Lianyungang,Jiangsu,Peoria,IL\n"
                                   "city,sister,Xuzhou,Jiangsu,Tulsa,ZZ\n",
                                   QStringLiteral("x.csv")});
    QCOMPARE(preview.problems.size(), 1);
    QCOMPARE(preview.problems.first().line, 3);
    QCOMPARE(preview.problems.first().field, QStringLiteral("us_state"));
    QCOMPARE(preview.records, 1);
    QCOMPARE(preview.places, 2); // Lianyungang and Peoria; not Xuzhou
}

// A JSON list is read as a CSV file is, each problem named by the line its record starts on.
void TestImportCommands::badJsonRowsAreListedByLine()
{
    const QString before = dump();
    const QByteArray bytes = file(QStringLiteral("bad/pairings-problems.json"));
    const Commands::ImportPreview preview =
        m_commands->previewImport({ImportKind::Pairings, bytes, QStringLiteral("p.json")});
    QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
    const auto [lines, fields] = where(preview.problems);
    QCOMPARE(lines, (QList<int>{2, 4, 6, 10}));
    QCOMPARE(fields, (QStringList{QStringLiteral("established"), QStringLiteral("cn_lat"),
                                  QStringLiteral("level"), QStringLiteral("us_name")}));
    QVERIFY(preview.problems.last().reason.contains(QStringLiteral("line 8")));
    QString error;
    QVERIFY(
        !m_commands->importFile({ImportKind::Pairings, bytes, QStringLiteral("p.json")}, &error));
    QCOMPARE(dump(), before);
}

// A places file adds the places the database lacks, with their coordinates, leaving those it
// holds alone; an exchanges file may then name them.
void TestImportCommands::placesImportedThenNamedByExchanges()
{
    const QByteArray places = file(QStringLiteral("import-places.csv"));
    const QString before = dump();
    const Commands::ImportPreview preview =
        m_commands->previewImport({ImportKind::Places, places, QStringLiteral("places.csv")});
    QVERIFY2(preview.canImport(), qPrintable(preview.error));
    QCOMPARE(preview.records, 3);
    // Nanjing; Door County, which the database calls a city; and Jiangsu itself.
    QCOMPARE(preview.duplicateLines, (QList<int>{4, 5, 6}));
    QString error;
    QVERIFY2(
        m_commands->importFile({ImportKind::Places, places, QStringLiteral("places.csv")}, &error),
        qPrintable(error));
    QCOMPARE(m_commands->stack()->undoText(), QStringLiteral("Import 3 places from places.csv"));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM places WHERE name_en = 'Door County'")), 1);
    QCOMPARE(TestSupport::scalar(*m_db, QStringLiteral("SELECT p.latitude || ' ' || p.longitude "
                                                       "|| ' ' || s.region_code FROM places p "
                                                       "JOIN places s ON s.id = p.parent_id "
                                                       "WHERE p.name_en = 'Peoria'"))
                 .toString(),
             QStringLiteral("40.694 -89.589 US-IL"));
    QCOMPARE(
        TestSupport::scalar(*m_db, QStringLiteral("SELECT kind || ' ' || CASE WHEN latitude IS "
                                                  "NULL THEN 'unplaced' ELSE 'placed' END FROM "
                                                  "places WHERE name_en = 'Marin County'"))
            .toString(),
        QStringLiteral("county unplaced"));
    const QString withPlaces = dump();
    const QByteArray exchange = "title,field,mode,cn_name_en,us_name\n"
                                "Porcelain makers visit Marin County,art,in_person,Lianyungang,"
                                "Marin County\n";
    QVERIFY2(
        m_commands->importFile({ImportKind::Exchanges, exchange, QStringLiteral("x.csv")}, &error),
        qPrintable(error));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM exchange_places xp JOIN places p ON p.id = "
                                "xp.place_id WHERE p.name_en IN ('Lianyungang', 'Marin County')")),
             2);
    QVERIFY(m_commands->undo(&error));
    QCOMPARE(dump(), withPlaces);
    QVERIFY(m_commands->undo(&error));
    QCOMPARE(dump(), before);
}

void TestImportCommands::anAddressGivenTwiceInACellIsCitedOnce()
{
    QString error;
    QVERIFY2(m_commands->importFile({ImportKind::Pairings,
                                     "level,relation,cn_name_en,cn_province_en,us_name,us_state,"
                                     "source_url\ncity,sister,Suqian,Jiangsu,Peoria,IL,"
                                     "https://a.example/x https://a.example/x\n",
                                     QStringLiteral("x.csv")},
                                    &error),
             qPrintable(error));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pairing_sources ps JOIN sources s ON s.id "
                                "= ps.source_id WHERE s.url = 'https://a.example/x'")),
             1);
}

void TestImportCommands::badPlaceRowsAreListed()
{
    const Commands::ImportPreview preview =
        m_commands->previewImport({ImportKind::Places,
                                   "country,kind,name_en,province_state,lat,lon\n"
                                   "JP,city,Osaka,,,\n"
                                   "CN,village,Zhouzhuang,Jiangsu,,\n"
                                   "CN,city,Yancheng,Atlantis,,\n"
                                   "US,city,Peoria,IL,95,1\n"
                                   "CN,city,Suqian,Jiangsu,,\n"
                                   "CN,city,Suqian,Jiangsu,33.96,118.28\n",
                                   QStringLiteral("places.csv")});
    const auto [lines, fields] = where(preview.problems);
    QCOMPARE(lines, (QList<int>{2, 3, 4, 5, 7}));
    QCOMPARE(fields, (QStringList{QStringLiteral("country"), QStringLiteral("kind"),
                                  QStringLiteral("province_state"), QStringLiteral("lat"),
                                  QStringLiteral("name_en")}));
    QVERIFY(preview.problems.last().reason.contains(QStringLiteral("line 6")));
    QCOMPARE(preview.places, 1); // Suqian, once
}

void TestImportCommands::exportedListsImportAgain_data()
{
    QTest::addColumn<bool>("pairings");
    QTest::addColumn<bool>("json");
    QTest::newRow("pairings, CSV") << true << false;
    QTest::newRow("pairings, JSON") << true << true;
    QTest::newRow("exchanges, CSV") << false << false;
    QTest::newRow("exchanges, JSON") << false << true;
}

// A list exported from one database imports into another: the records it lacks are added,
// those it holds are left out, and the second database's list then reads the same.
void TestImportCommands::exportedListsImportAgain()
{
    QFETCH(bool, pairings);
    QFETCH(bool, json);
    const ImportKind kind = pairings ? ImportKind::Pairings : ImportKind::Exchanges;
    const QString added =
        pairings ? QStringLiteral("import-pairings.csv") : QStringLiteral("import-exchanges.csv");
    QString error;
    QVERIFY2(m_commands->importFile({kind, file(added), added}, &error), qPrintable(error));
    const auto exported = [&](const Database &database, const QString &path) {
        QString error;
        const qint64 rows = ListExport::write(
            database, pairings ? ListExport::List::Pairings : ListExport::List::Exchanges,
            json ? ListExport::Format::Json : ListExport::Format::Csv, Filter(), path, {}, &error);
        QFile written(path);
        return rows > 0 && written.open(QIODevice::ReadOnly) ? written.readAll() : QByteArray();
    };
    const QString name = json ? QStringLiteral("list.json") : QStringLiteral("list.csv");
    const QByteArray list = exported(*m_db, m_dir->filePath(name));
    QVERIFY(!list.isEmpty());

    QTemporaryDir otherDir;
    const std::unique_ptr<Database> other = TestSupport::createWithShippedData(otherDir);
    ChangeNotifier notifier;
    Commands commands(*other, notifier);
    const Commands::ImportPreview preview = commands.previewImport({kind, list, name});
    QVERIFY2(preview.canImport(), qPrintable(preview.error));
    QCOMPARE(preview.records, 2);
    QCOMPARE(preview.duplicateLines.size(),
             sql(pairings ? QStringLiteral("SELECT count(*) FROM pairings")
                          : QStringLiteral("SELECT count(*) FROM exchanges")) -
                 2);
    QVERIFY2(commands.importFile({kind, list, name}, &error), qPrintable(error));
    QCOMPARE(exported(*other, otherDir.filePath(name)), list);
}

void TestImportCommands::changesSinceThePreviewAreSeenByTheImport_data()
{
    QTest::addColumn<bool>("elsewhere");
    QTest::newRow("in another copy") << true;
    QTest::newRow("in this one") << false;
}

// The import writes what the preview planned only if the database is as the preview read it:
// an exchange added meanwhile (with the next id, and the title and date of a row of the file)
// makes the import read the file again and leave that row out.
void TestImportCommands::changesSinceThePreviewAreSeenByTheImport()
{
    QFETCH(bool, elsewhere);
    const QByteArray bytes = file(QStringLiteral("import-exchanges.csv"));
    QCOMPARE(
        m_commands->previewImport({ImportKind::Exchanges, bytes, QStringLiteral("x.csv")}).records,
        2);
    Exchange curators;
    curators.title = QStringLiteral("Online exchange of museum curators");
    curators.date = PartialDate::fromIso(QStringLiteral("2024-11"));
    curators.field = QStringLiteral("art");
    curators.mode = QStringLiteral("online");
    QString error;
    OtherCopy other(*m_db);
    QVERIFY((elsewhere ? other.commands : *m_commands).addExchange(curators, &error));
    QVERIFY2(
        m_commands->importFile({ImportKind::Exchanges, bytes, QStringLiteral("x.csv")}, &error),
        qPrintable(error));
    QCOMPARE(m_commands->stack()->undoText(), QStringLiteral("Import 1 exchange from x.csv"));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM exchanges WHERE title = '%1'")
                     .arg(curators.title)),
             1);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM exchanges WHERE title LIKE 'Nanjing "
                                "students%'")),
             1);
}

void TestImportCommands::badExchangeRowsAreListed()
{
    const Commands::ImportPreview preview = m_commands->previewImport(
        {ImportKind::Exchanges, file(QStringLiteral("bad/exchanges-problems.csv")),
         QStringLiteral("exchanges-problems.csv")});
    QStringList found;
    for (const Commands::ImportProblem &problem : preview.problems)
        found << QStringLiteral("%1 %2").arg(problem.line).arg(problem.field);
    QCOMPARE(found, (QStringList{QStringLiteral("2 end_date"), QStringLiteral("3 cn_name_en"),
                                 QStringLiteral("4 title"), QStringLiteral("5 field")}));
    QVERIFY(preview.problems.at(1).message.contains(QStringLiteral("“Atlantis”")));
    QVERIFY(!preview.canImport());
}

// A file that names no province or state finds the place of that name the database holds
// (never a second St. Louis); two addresses in one source cell are two sources; an exchange
// standing twice in one file is a problem on its second line, not one "already there".
void TestImportCommands::rowsWithoutProvinceFindThePlaceThere()
{
    const QByteArray pairings = "level,relation,cn_name_en,us_name,source_url\n"
                                "city,sister,Nanjing,St. Louis,\n"
                                "city,friendship,Nanjing,Alhambra,https://a.example/1 "
                                "https://a.example/2\n";
    const Commands::ImportPreview preview =
        m_commands->previewImport({ImportKind::Pairings, pairings, QStringLiteral("p.csv")});
    QVERIFY2(preview.canImport(), qPrintable(preview.error));
    QCOMPARE(preview.duplicateLines, QList<int>{2});
    QCOMPARE(preview.records, 1);
    QCOMPARE(preview.places, 0);
    QCOMPARE(preview.sources, 2);
    const QByteArray exchanges = "title,field,mode,date\n"
                                 "Youth delegation,youth,in_person,2019\n"
                                 "Youth delegation,youth,in_person,2019\n";
    const Commands::ImportPreview twice =
        m_commands->previewImport({ImportKind::Exchanges, exchanges, QStringLiteral("e.csv")});
    QVERIFY(twice.duplicateLines.isEmpty());
    QCOMPARE(twice.problems.size(), 1);
    QCOMPARE(twice.problems.first().line, 3);
    QVERIFY2(twice.problems.first().reason.contains(QStringLiteral("already stands on line 2")),
             qPrintable(twice.problems.first().reason));
}

void TestImportCommands::aColumnSetToNoneIsNotRead()
{
    const QByteArray file = "level,relation,cn_name_en,us_name,established,note\n"
                            "city,sister,Lianyungang,Peoria,2024,kept out\n";
    QHash<QString, QString> columns = {{QStringLiteral("level"), QStringLiteral("level")},
                                       {QStringLiteral("relation"), QStringLiteral("relation")},
                                       {QStringLiteral("cn_name_en"), QStringLiteral("cn_name_en")},
                                       {QStringLiteral("us_name"), QStringLiteral("us_name")}};
    // "established" and "note" set to none in the preview: their values stay unknown.
    QString error;
    QVERIFY2(m_commands->importFile({ImportKind::Pairings, file, QStringLiteral("n.csv"), columns},
                                    &error),
             qPrintable(error));
    const qint64 id =
        TestSupport::pairingId(*m_db, QStringLiteral("Lianyungang"), QStringLiteral("Peoria"));
    QVERIFY(id);
    QVERIFY(TestSupport::scalar(*m_db, QStringLiteral("SELECT established FROM pairings WHERE "
                                                      "id = %1")
                                           .arg(id))
                .isNull());
    // One column chosen for two fields is refused, saying which.
    columns.insert(QStringLiteral("note"), QStringLiteral("us_name"));
    const Commands::ImportPreview preview =
        m_commands->previewImport({ImportKind::Pairings, file, QStringLiteral("n.csv"), columns});
    QVERIFY2(preview.error.contains(QStringLiteral("“us_name” is chosen for more than one")),
             qPrintable(preview.error));
}

// A long file reports its progress; Cancel, in the preview or in the import, leaves the
// database as it was and nothing on the undo stack.
void TestImportCommands::cancellingWritesNothing()
{
    QByteArray file = "title,field,mode\n";
    for (int i = 0; i < 1200; ++i)
        file += "Visit " + QByteArray::number(i) + ",art,online\n";
    const QString before = dump();
    QList<int> told;
    const Commands::ImportPreview preview = m_commands->previewImport(
        {ImportKind::Exchanges, file, QStringLiteral("long.csv"), {}},
        [&told](int done, int total) {
            told << done;
            return total == 1200 && done < 1000; // Cancel pressed at row 1000
        });
    QCOMPARE(told, (QList<int>{0, 500, 1000}));
    QVERIFY(preview.cancelled);
    QVERIFY(!preview.canImport());
    QCOMPARE(dump(), before);
    QString error;
    QVERIFY(!m_commands->importFile({ImportKind::Exchanges, file, QStringLiteral("long.csv"), {}},
                                    &error, [](int done, int) { return done < 500; }));
    QVERIFY2(error.contains(QStringLiteral("Cancelled")), qPrintable(error));
    QCOMPARE(dump(), before);
    QCOMPARE(m_commands->stack()->count(), 0);
    // Not cancelled, the same file imports whole.
    QVERIFY2(m_commands->importFile({ImportKind::Exchanges, file, QStringLiteral("long.csv"), {}},
                                    &error, [](int, int) { return true; }),
             qPrintable(error));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM exchanges WHERE title LIKE 'Visit %'")),
             1200);
}

QTEST_GUILESS_MAIN(TestImportCommands)
#include "tst_importcommands.moc"
