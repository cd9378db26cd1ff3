// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/dataerror.h"
#include "app/io/jsonlines.h"
#include "app/io/jsonlistreader.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QTest>

#include <optional>

namespace {
const QString fileName = QStringLiteral("pairings.json");

std::optional<DataError> errorFor(const QByteArray &bytes, const QStringList &required = {})
{
    try {
        JsonListReader reader(bytes, fileName, required);
    } catch (const DataError &error) {
        return error;
    }
    return std::nullopt;
}
} // namespace

// Reading a JSON list of records (as File > Export List… writes one) for an import: each
// object a row, each key a column, values as the import reads text, and every problem named
// by the line its record starts on.
class TestJsonListReader : public QObject
{
    Q_OBJECT
private slots:
    void recordsAsExported();
    void keysMissingFromSomeRecordsAreUnknown();
    void renamedAndRequiredColumns();
    void linesOfElements_data();
    void linesOfElements();
    void linesOfNestedValues();
    void badFiles_data();
    void badFiles();
};

void TestJsonListReader::recordsAsExported()
{
    const JsonListReader reader(
        "[\n"
        "{\"id\":1,\"cn_name_en\":\"Nanjing\",\"cn_name_zh\":\"南京\",\"cn_lat\":32.06,"
        "\"established\":\"1979\",\"note\":null},\n"
        "{\"id\":2,\"cn_name_en\":\" Hubei \",\"cn_name_zh\":\"湖北省\",\"cn_lat\":-0.5,"
        "\"established\":1980,\"note\":\"a \\\"quoted\\\" word, a comma\"}\n"
        "]\n",
        fileName);
    QCOMPARE(reader.rowCount(), 2);
    QCOMPARE(reader.value(0, QStringLiteral("cn_name_en")), QStringLiteral("Nanjing"));
    QCOMPARE(reader.value(0, QStringLiteral("cn_name_zh")), QStringLiteral("南京"));
    QCOMPARE(reader.value(0, QStringLiteral("cn_lat")), QStringLiteral("32.06"));
    QCOMPARE(reader.value(0, QStringLiteral("note")), QString()); // null: unknown
    QCOMPARE(reader.value(1, QStringLiteral("cn_name_en")), QStringLiteral("Hubei"));
    QCOMPARE(reader.value(1, QStringLiteral("cn_lat")), QStringLiteral("-0.5"));
    QCOMPARE(reader.value(1, QStringLiteral("established")), QStringLiteral("1980"));
    QCOMPARE(reader.value(1, QStringLiteral("note")), QStringLiteral("a \"quoted\" word, a comma"));
    QCOMPARE(reader.lineOf(0), 2);
    QCOMPARE(reader.lineOf(1), 3);
}

void TestJsonListReader::keysMissingFromSomeRecordsAreUnknown()
{
    const JsonListReader reader(
        "[{\"title\": \"Visit\"}, {\"date\": \"2020\", \"title\": \"Tour\"}]", fileName);
    // In the order the file first gives them, not Qt's alphabetical order.
    QCOMPARE(reader.header(), (QStringList{QStringLiteral("title"), QStringLiteral("date")}));
    QCOMPARE(reader.value(0, QStringLiteral("date")), QString());
    QCOMPARE(reader.value(1, QStringLiteral("date")), QStringLiteral("2020"));
    QCOMPARE(reader.value(1, QStringLiteral("title")), QStringLiteral("Tour"));
}

void TestJsonListReader::renamedAndRequiredColumns()
{
    const QByteArray bytes = "[{\"Chinese city\": \"Nanjing\", \"US city\": \"St. Louis\"}]";
    const JsonListReader reader(bytes, fileName,
                                {QStringLiteral("cn_name_en"), QStringLiteral("us_name")},
                                {{QStringLiteral("Chinese city"), QStringLiteral("cn_name_en")},
                                 {QStringLiteral("US city"), QStringLiteral("us_name")}});
    QCOMPARE(reader.value(0, QStringLiteral("us_name")), QStringLiteral("St. Louis"));
    const std::optional<DataError> missing = errorFor(bytes, {QStringLiteral("cn_name_en")});
    QVERIFY(missing);
    QVERIFY2(missing->message().contains(QStringLiteral("no column “cn_name_en”")),
             qPrintable(missing->message()));
}

void TestJsonListReader::linesOfElements_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<int>>("lines");
    QTest::newRow("one per line") << QByteArray("[\n{\"a\":1},\n{\"a\":2}\n]") << QList<int>{2, 3};
    QTest::newRow("all on one line")
        << QByteArray("[{\"a\":1},{\"a\":[1,2]},3]") << QList<int>{1, 1, 1};
    QTest::newRow("brackets and line breaks in text")
        << QByteArray("[\n  {\"a\": \"[{,\\\"\\n\"},\n\n  {\"b\": {\"c\": [\n1]}},\n  \"x\"\n]")
        << QList<int>{2, 4, 6};
    QTest::newRow("empty") << QByteArray("[ ]") << QList<int>{};
}

void TestJsonListReader::linesOfElements()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<int>, lines);
    QCOMPARE(JsonLines::of(bytes).elementLines.value(QString()), lines);
}

// Where each value of a whole-database file stands: its tables, their columns and rows.
void TestJsonListReader::linesOfNestedValues()
{
    const JsonLines::Lines lines = JsonLines::of("{\"format\": \"x\", \"tables\": {\n"
                                                 " \"places\": {\"columns\": [\"id\"],\n"
                                                 "  \"rows\": [\n[1],\n [2, \"a]\"]]},\n"
                                                 " \"sources\": {\"rows\": []}}}");
    QCOMPARE(lines.starts.value(QStringLiteral("tables")), 1);
    QCOMPARE(lines.starts.value(QStringLiteral("tables/places")), 2);
    QCOMPARE(lines.starts.value(QStringLiteral("tables/places/columns")), 2);
    QCOMPARE(lines.elementLines.value(QStringLiteral("tables/places/rows")), (QList<int>{4, 5}));
    QCOMPARE(lines.starts.value(QStringLiteral("tables/sources")), 6);
    QVERIFY(lines.elementLines.value(QStringLiteral("tables/sources/rows")).isEmpty());
}

void TestJsonListReader::badFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not JSON") << "not-json.json" << 7 << QString() << "not JSON";
    QTest::newRow("not a list") << "not-a-list.json" << 1 << QString() << "not a list";
    QTest::newRow("item not a record")
        << "item-not-a-record.json" << 3 << QString() << "item 2 of the list is not a record";
    QTest::newRow("value a list") << "value-a-list.json" << 3 << "us_name"
                                  << "a list or an object";
    QTest::newRow("empty list") << "empty-list.json" << 1 << QString() << "no records";
}

// Every JSON file in tests/data/bad is refused, saying where and why.
void TestJsonListReader::badFiles()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    QFile input(TestSupport::dataFile(QStringLiteral("bad/") + file));
    QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(input.fileName()));
    const std::optional<DataError> error = errorFor(input.readAll());
    QVERIFY(error);
    QCOMPARE(error->line(), line);
    QCOMPARE(error->field(), field);
    QVERIFY2(error->reason().contains(reason), qPrintable(error->message()));
}

QTEST_GUILESS_MAIN(TestJsonListReader)
#include "tst_jsonlistreader.moc"
