// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/databasefile.h"
#include "app/io/databaseopener.h"
#include "app/io/dataerror.h"
#include "app/io/listexport.h"
#include "app/io/recordwriter.h"
#include "app/storage/database.h"
#include "app/storage/recordtables.h"
#include "app/storage/storageerror.h"
#include "tests/support/testdatabase.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// A whole database as one JSON file, and rows written as CSV or JSON: the shipped data written
// out and read into an empty database gives exactly the same records (ids, versions, links,
// search index and tallies made again); a file that is not one, of another schema, naming an
// unknown table or column, with a row of the wrong length or a value the schema refuses, is
// refused with where and why, and nothing is written.
class TestDatabaseFile : public QObject
{
    Q_OBJECT
private slots:
    void roundTripGivesTheSameDatabase();
    void refusedIntoADatabaseWithRecords();
    void badFilesAreRefused_data();
    void badFilesAreRefused();
    void csvQuotesWhatNeedsIt();
    void jsonRowsKeepColumnOrderAndTypes();
    void cancelledExportLeavesTheFileAsItWas();

private:
    static QString withoutSchemaTimes(const QString &dump);
    static QByteArray written(const Database &database);
};

QString TestDatabaseFile::withoutSchemaTimes(const QString &dump)
{
    QStringList lines = dump.split(QLatin1Char('\n'));
    lines.removeIf(
        [](const QString &line) { return line.startsWith(QLatin1String("bridges_schema|")); });
    return lines.join(QLatin1Char('\n'));
}

QByteArray TestDatabaseFile::written(const Database &database)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    DatabaseFile::write(database, buffer);
    return buffer.data();
}

void TestDatabaseFile::roundTripGivesTheSameDatabase()
{
    QTemporaryDir dir;
    const std::unique_ptr<Database> shipped = TestSupport::createWithShippedData(dir);
    // Something of every table, and versions other than 1.
    TestSupport::execute(*shipped, QStringLiteral("INSERT INTO institutions (name_en, kind, "
                                                  "place_id, row_version) VALUES ('Nanjing "
                                                  "University', 'university', 3, 7)"));
    TestSupport::execute(*shipped, QStringLiteral("INSERT INTO exchange_institutions SELECT "
                                                  "min(id), 1 FROM exchanges"));
    TestSupport::execute(*shipped,
                         QStringLiteral("UPDATE places SET row_version = 12 WHERE id = 3"));
    const QByteArray file = written(*shipped);
    QVERIFY(QJsonDocument::fromJson(file).isObject());

    QString error;
    const std::unique_ptr<Database> copy = DatabaseOpener::open(
        dir.filePath(QStringLiteral("copy.sqlite")), &error, DatabaseOpener::Contents::Empty);
    QVERIFY2(copy, qPrintable(error));
    QVERIFY(RecordTables::allEmpty(*copy));
    const qint64 rows = DatabaseFile::read(*copy, file, QStringLiteral("all.json"));
    QVERIFY(rows > 1000);
    QCOMPARE(withoutSchemaTimes(TestSupport::dump(*copy)),
             withoutSchemaTimes(TestSupport::dump(*shipped)));
    // A new version taken after the load is one no record has.
    QVERIFY(TestSupport::scalar(*copy, QStringLiteral("SELECT last FROM row_version_counter"))
                .toInt() >= 12);
    // Written again, the copy gives the same file.
    QCOMPARE(written(*copy), file);
}

void TestDatabaseFile::refusedIntoADatabaseWithRecords()
{
    QTemporaryDir dir;
    const std::unique_ptr<Database> shipped = TestSupport::createWithShippedData(dir);
    const QByteArray file = written(*shipped);
    const QString before = TestSupport::dump(*shipped);
    try {
        DatabaseFile::read(*shipped, file, QStringLiteral("all.json"));
        QFAIL("loaded into a database with records");
    } catch (const DataError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("only into an empty one")),
                 qPrintable(e.message()));
    }
    QCOMPARE(TestSupport::dump(*shipped), before);
}

void TestDatabaseFile::badFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("expected"); // in the message

    const QByteArray head = "{\"format\": \"bridges-database\", \"version\": 1, \"schema\": 6, ";
    QTest::newRow("not JSON, line 3") << QByteArray("{\n\"format\":\n oops\n}") << "line 3";
    QTest::newRow("empty") << QByteArray() << "not JSON";
    QTest::newRow("a list of pairings") << QByteArray("[{\"id\": 1}]") << "not a whole Bridges";
    QTest::newRow("another schema")
        << QByteArray("{\"format\": \"bridges-database\", \"schema\": 99, \"tables\": {}}")
        << "schema version 99";
    QTest::newRow("unknown table") << head + "\"tables\": {\"users\": {}}}"
                                   << "users";
    QTest::newRow("unknown column")
        << head + "\"tables\": {\"sources\": {\"columns\": [\"id\", \"secret\"], \"rows\": []}}}"
        << "sources.secret";
    QTest::newRow("row too short")
        << head + "\"tables\": {\"sources\": {\"columns\": [\"id\", \"url\"], \"rows\": "
                  "[[1, \"https://a.example\"], [2]]}}}"
        << "row 2 has 1 values for 2 columns";
    QTest::newRow("latitude 200")
        << head + "\"tables\": {\"places\": {\"columns\": [\"id\", \"name_en\", "
                  "\"country_code\", \"latitude\", \"longitude\"], \"rows\": [[1, \"Nanjing\", "
                  "\"CN\", 200, 118.8]]}}}"
        << "places, row 1: The database refused";
    QTest::newRow("latitude 200, named by its line")
        << head + "\"tables\": {\n \"places\": {\"columns\": [\"id\", \"name_en\", "
                  "\"country_code\", \"latitude\", \"longitude\"],\n  \"rows\": [[1, "
                  "\"Nanjing\", \"CN\", 32.06, 118.8],\n   [2, \"Hubei\", \"CN\", 200, "
                  "114.3]]}}}"
        << "bad.json, line 4, field places: places, row 2: The database refused";
    QTest::newRow("a short row, named by its line")
        << head + "\"tables\": {\"sources\": {\"columns\": [\"id\", \"url\"],\n\"rows\": "
                  "[\n[1, \"https://a.example\"],\n[2]]}}}"
        << "bad.json, line 4, field sources: row 2 has 1 values for 2 columns";
    QTest::newRow("a pairing of places not there")
        << head + "\"tables\": {\"pairings\": {\"columns\": [\"id\", \"chinese_place_id\", "
                  "\"us_place_id\", \"relation\", \"level\"], \"rows\": [[1, 5, 6, \"sister\", "
                  "\"city\"]]}}}"
        << "FOREIGN KEY";
}

void TestDatabaseFile::badFilesAreRefused()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QString error;
    const std::unique_ptr<Database> database = DatabaseOpener::open(
        dir.filePath(QStringLiteral("empty.sqlite")), &error, DatabaseOpener::Contents::Empty);
    QVERIFY2(database, qPrintable(error));
    QString message;
    try {
        DatabaseFile::read(*database, file, QStringLiteral("bad.json"));
    } catch (const DataError &e) {
        message = e.message();
    } catch (const StorageError &e) {
        message = e.message();
    }
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY(RecordTables::allEmpty(*database));
}

void TestDatabaseFile::csvQuotesWhatNeedsIt()
{
    QCOMPARE(RecordWriter::csvLine({QStringLiteral("plain"), QStringLiteral("a, b"),
                                    QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"),
                                    QString(), QStringLiteral("南京")}),
             QByteArray("plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",,南京\r\n"));
}

void TestDatabaseFile::jsonRowsKeepColumnOrderAndTypes()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    RecordWriter writer(buffer, RecordWriter::Format::Json,
                        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("lat")},
                        {QStringLiteral("id"), QStringLiteral("lat")});
    writer.write(
        {QStringLiteral("7"), QStringLiteral("Nanjing \"南京\""), QStringLiteral("32.06")});
    writer.write({QStringLiteral("8"), QString(), QString()});
    writer.finish();
    QCOMPARE(writer.rows(), 2);
    QVERIFY(buffer.data().contains("{\"id\":7,\"name\":\"Nanjing \\\"南京\\\"\",\"lat\":32.06}"));
    const QJsonArray rows = QJsonDocument::fromJson(buffer.data()).array();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Nanjing \"南京\""));
    QVERIFY(rows.at(1).toObject().value(QStringLiteral("name")).isNull());
}

void TestDatabaseFile::cancelledExportLeavesTheFileAsItWas()
{
    QTemporaryDir dir;
    const std::unique_ptr<Database> database = TestSupport::createWithShippedData(dir);
    TestSupport::execute(*database,
                         QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                        "FROM n WHERE i < 1200) INSERT INTO exchanges (title, "
                                        "field, mode) SELECT 'Visit ' || i, 'art', 'online' "
                                        "FROM n"));
    const QString path = dir.filePath(QStringLiteral("exchanges.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an earlier export\n");
    }
    QString error;
    QList<qint64> told;
    const qint64 rows = ListExport::write(
        *database, ListExport::List::Exchanges, ListExport::Format::Csv, Filter(), path,
        [&told](qint64 written) {
            told << written;
            return told.size() < 2; // the user presses Cancel at the second report
        },
        &error);
    QCOMPARE(rows, -1);
    QVERIFY(error.isEmpty());
    QCOMPARE(told, (QList<qint64>{500, 1000}));
    QCOMPARE(TestSupport::digest(path),
             QCryptographicHash::hash("an earlier export\n", QCryptographicHash::Sha256).toHex());
    // Not cancelled, it writes every row.
    QCOMPARE(ListExport::write(*database, ListExport::List::Exchanges, ListExport::Format::Csv,
                               Filter(), path, {}, &error),
             TestSupport::scalar(*database, QStringLiteral("SELECT count(*) FROM exchanges"))
                 .toLongLong());
}

QTEST_GUILESS_MAIN(TestDatabaseFile)
#include "tst_databasefile.moc"
