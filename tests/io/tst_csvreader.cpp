// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/csvreader.h"
#include "app/io/dataerror.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <optional>

namespace {

const QString fileName = QStringLiteral("pairings.csv");
const QString chinese = QStringLiteral("chinese_city");
const QString us = QStringLiteral("us_city");
const QString year = QStringLiteral("year");

// The DataError a CsvReader throws for these bytes, or nothing if it reads them.
std::optional<DataError> errorFor(const QByteArray &bytes, const QStringList &required = {})
{
    try {
        CsvReader reader(bytes, fileName, required);
    } catch (const DataError &error) {
        return error;
    }
    return std::nullopt;
}

} // namespace

// Reading the shipped and imported CSV files: RFC 4180 quoting, line numbers for messages,
// and errors that say which file and line is wrong.
class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void simpleFile();
    void valuesAreTrimmed();
    void quotedFields();
    void lineOfRowAfterMultiLineField();
    void byteOrderMarkIsSkipped();
    void crlfLineEndings();
    void blankLinesAreSkipped();
    void chineseTextIsPreserved();
    void lastLineWithoutNewline();
    void errors_data();
    void errors();
    void semicolonsFromASpreadsheet();
    void badFiles_data();
    void badFiles();
    void aFiftyMegabyteFieldIsRefused();
    void anUnclosedQuoteLeavesItsRowUnread_data();
    void anUnclosedQuoteLeavesItsRowUnread();
};

void TestCsvReader::simpleFile()
{
    const CsvReader reader("chinese_city,us_city,year\n"
                           "Nanjing,St. Louis,1979\n"
                           "Hubei,Ohio,1980\n",
                           fileName, {chinese, us});
    QCOMPARE(reader.fileName(), fileName);
    QCOMPARE(reader.rowCount(), 2);
    QCOMPARE(reader.value(0, chinese), QStringLiteral("Nanjing"));
    QCOMPARE(reader.value(0, us), QStringLiteral("St. Louis"));
    QCOMPARE(reader.value(0, year), QStringLiteral("1979"));
    QCOMPARE(reader.value(1, chinese), QStringLiteral("Hubei"));
    QCOMPARE(reader.value(1, us), QStringLiteral("Ohio"));
    QCOMPARE(reader.value(1, year), QStringLiteral("1980"));
    QCOMPARE(reader.lineOf(0), 2);
    QCOMPARE(reader.lineOf(1), 3);
}

void TestCsvReader::valuesAreTrimmed()
{
    // Spaces around header names and values, inside quotes and after them.
    const CsvReader reader(" chinese_city ,us_city,\tyear\n"
                           "  Nanjing ,\"  St. Louis \" ,1979 \n",
                           fileName, {chinese, us, year});
    QCOMPARE(reader.rowCount(), 1);
    QCOMPARE(reader.value(0, chinese), QStringLiteral("Nanjing"));
    QCOMPARE(reader.value(0, us), QStringLiteral("St. Louis"));
    QCOMPARE(reader.value(0, year), QStringLiteral("1979"));
}

void TestCsvReader::quotedFields()
{
    const CsvReader reader("chinese_city,us_city,notes\n"
                           "\"Nanjing, Jiangsu\",\"St. Louis, Missouri\",\"called \"\"the "
                           "first\"\"\"\n"
                           "Hubei,Ohio,\"first line\nsecond line\"\n"
                           "\"\",\"\"\"\",\"a,\"\"b\"\",\nc\"\n",
                           fileName);
    const QString notes = QStringLiteral("notes");
    QCOMPARE(reader.rowCount(), 3);
    QCOMPARE(reader.value(0, chinese), QStringLiteral("Nanjing, Jiangsu"));
    QCOMPARE(reader.value(0, us), QStringLiteral("St. Louis, Missouri"));
    QCOMPARE(reader.value(0, notes), QStringLiteral("called \"the first\""));
    QCOMPARE(reader.value(1, notes), QStringLiteral("first line\nsecond line"));
    QCOMPARE(reader.value(2, chinese), QString());
    QCOMPARE(reader.value(2, us), QStringLiteral("\""));
    QCOMPARE(reader.value(2, notes), QStringLiteral("a,\"b\",\nc"));

    // Hand-edited files often put a space after the comma, before the opening quote.
    const CsvReader spaced("chinese_city,us_city,notes\n"
                           "Nanjing, \"St. Louis, Missouri\" , \"x\"\n",
                           fileName);
    QCOMPARE(spaced.value(0, us), QStringLiteral("St. Louis, Missouri"));
    QCOMPARE(spaced.value(0, notes), QStringLiteral("x"));
}

void TestCsvReader::lineOfRowAfterMultiLineField()
{
    // Each row is located by the line it starts on, so that messages point at the right place.
    const CsvReader reader("chinese_city,us_city,notes\n"           // 1
                           "Nanjing,St. Louis,\"one\n"              // 2
                           "two\n"                                  // 3
                           "three\"\n"                              // 4
                           "Hubei,Ohio,plain\n"                     // 5
                           "\"Xi'an\nShaanxi\",\"Saint\nPaul\",x\n" // 6-8
                           "Shanghai,Chicago,y\n",                  // 9
                           fileName);
    QCOMPARE(reader.rowCount(), 4);
    QCOMPARE(reader.lineOf(0), 2);
    QCOMPARE(reader.lineOf(1), 5);
    QCOMPARE(reader.lineOf(2), 6);
    QCOMPARE(reader.lineOf(3), 9);
    QCOMPARE(reader.value(0, QStringLiteral("notes")), QStringLiteral("one\ntwo\nthree"));
    QCOMPARE(reader.value(3, chinese), QStringLiteral("Shanghai"));
}

void TestCsvReader::byteOrderMarkIsSkipped()
{
    // Spreadsheet programs write a BOM; the first header name must still match.
    const CsvReader reader("\xEF\xBB\xBF"
                           "chinese_city,us_city\n"
                           "Nanjing,St. Louis\n",
                           fileName, {chinese, us});
    QCOMPARE(reader.rowCount(), 1);
    QCOMPARE(reader.value(0, chinese), QStringLiteral("Nanjing"));
    QCOMPARE(reader.value(0, us), QStringLiteral("St. Louis"));
    QCOMPARE(reader.lineOf(0), 2);
}

void TestCsvReader::crlfLineEndings()
{
    const CsvReader reader("chinese_city,us_city,notes\r\n"
                           "Nanjing,St. Louis,\"one\r\ntwo\"\r\n"
                           "Hubei,Ohio,x\r\n",
                           fileName, {chinese, us});
    QCOMPARE(reader.rowCount(), 2);
    QCOMPARE(reader.value(0, chinese), QStringLiteral("Nanjing"));
    QCOMPARE(reader.value(1, chinese), QStringLiteral("Hubei"));
    QCOMPARE(reader.value(1, QStringLiteral("notes")), QStringLiteral("x"));
    QCOMPARE(reader.lineOf(0), 2);
    QCOMPARE(reader.lineOf(1), 4);
}

void TestCsvReader::blankLinesAreSkipped()
{
    const CsvReader reader("\n"                     // 1
                           "chinese_city,us_city\n" // 2
                           "\n"                     // 3
                           "Nanjing,St. Louis\n"    // 4
                           "   \n"                  // 5
                           "\r\n"                   // 6
                           "Hubei,Ohio\n"           // 7
                           "\n",                    // 8
                           fileName, {chinese, us});
    QCOMPARE(reader.rowCount(), 2);
    QCOMPARE(reader.value(0, chinese), QStringLiteral("Nanjing"));
    QCOMPARE(reader.value(1, chinese), QStringLiteral("Hubei"));
    QCOMPARE(reader.lineOf(0), 4);
    QCOMPARE(reader.lineOf(1), 7);
}

void TestCsvReader::chineseTextIsPreserved()
{
    const CsvReader reader(QStringLiteral("chinese_city,name_zh,us_city\n"
                                          "Nanjing,南京,St. Louis\n"
                                          "Hubei,\"湖北省, 中国\",Ohio\n")
                               .toUtf8(),
                           fileName);
    const QString nameZh = QStringLiteral("name_zh");
    QCOMPARE(reader.rowCount(), 2);
    QCOMPARE(reader.value(0, nameZh), QStringLiteral("南京"));
    QCOMPARE(reader.value(0, nameZh).size(), 2);
    QCOMPARE(reader.value(1, nameZh), QStringLiteral("湖北省, 中国"));
    QCOMPARE(reader.value(1, us), QStringLiteral("Ohio"));
}

void TestCsvReader::lastLineWithoutNewline()
{
    const CsvReader plain("chinese_city,us_city\nNanjing,St. Louis\nHubei,Ohio", fileName);
    QCOMPARE(plain.rowCount(), 2);
    QCOMPARE(plain.value(1, chinese), QStringLiteral("Hubei"));
    QCOMPARE(plain.value(1, us), QStringLiteral("Ohio"));
    QCOMPARE(plain.lineOf(1), 3);

    const CsvReader quoted("chinese_city,us_city\nNanjing,\"St. Louis\"", fileName);
    QCOMPARE(quoted.rowCount(), 1);
    QCOMPARE(quoted.value(0, us), QStringLiteral("St. Louis"));

    const CsvReader emptyLastField("chinese_city,us_city\nNanjing,", fileName);
    QCOMPARE(emptyLastField.rowCount(), 1);
    QCOMPARE(emptyLastField.value(0, chinese), QStringLiteral("Nanjing"));
    QCOMPARE(emptyLastField.value(0, us), QString());
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("required");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("mentions"); // something else the message must name, if any

    const QStringList none;
    QTest::newRow("unbalanced quote") << QByteArray("chinese_city,us_city\n"
                                                    "Nanjing,St. Louis\n"
                                                    "Hubei,\"Ohio\n"
                                                    "Shanghai,Chicago\n")
                                      << none << 3 << QString();
    QTest::newRow("unbalanced quote after a multi-line field")
        << QByteArray("chinese_city,us_city\n"
                      "Nanjing,\"St.\nLouis\"\n"
                      "Hubei,Ohio\n"
                      "\"Shanghai,Chicago\n")
        << none << 5 << QString();
    QTest::newRow("too many fields") << QByteArray("chinese_city,us_city\n"
                                                   "Nanjing,St. Louis\n"
                                                   "Hubei,Ohio,1980\n")
                                     << none << 3 << QString();
    QTest::newRow("too few fields") << QByteArray("chinese_city,us_city,year\n"
                                                  "Nanjing,St. Louis,1979\n"
                                                  "\n"
                                                  "Hubei,Ohio\n")
                                    << none << 4 << QString();
    QTest::newRow("too few fields after a multi-line field")
        << QByteArray("chinese_city,us_city,notes\n"
                      "Nanjing,St. Louis,\"a\nb\nc\"\n"
                      "Hubei\n")
        << none << 5 << QString();
    QTest::newRow("invalid UTF-8 in the header")
        << QByteArray("chinese_city,us_city\xff\xfe\xfa\nNanjing,St. Louis\n") << none << 1
        << QString();
    QTest::newRow("invalid UTF-8 in a row") << QByteArray("chinese_city,us_city\n"
                                                          "Nanjing,St. Louis\n"
                                                          "Hubei,Ohio\xff\xfe\xfa\n")
                                            << none << 3 << QString();
    QTest::newRow("empty file") << QByteArray() << none << 1 << QString();
    QTest::newRow("only blank lines") << QByteArray("\n  \n\r\n") << none << 1 << QString();
    QTest::newRow("required column missing")
        << QByteArray("chinese_city,us_city\nNanjing,St. Louis\n")
        << QStringList{chinese, QStringLiteral("established")} << 1
        << QStringLiteral("established");
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, required);
    QFETCH(int, line);
    QFETCH(QString, mentions);

    QVERIFY_THROWS_EXCEPTION(DataError, CsvReader(bytes, fileName, required));

    const std::optional<DataError> error = errorFor(bytes, required);
    QVERIFY(error.has_value());
    const QString message = error->message();
    QVERIFY2(message.contains(fileName), qPrintable(message));
    QVERIFY2(
        QRegularExpression(QStringLiteral("\\bline %1\\b").arg(line)).match(message).hasMatch(),
        qPrintable(message));
    QCOMPARE(error->line(), line);
    if (!mentions.isEmpty())
        QVERIFY2(message.contains(mentions), qPrintable(message));
}

// A spreadsheet set to a locale that writes 32,06 saves with semicolons (and a BOM).
void TestCsvReader::semicolonsFromASpreadsheet()
{
    QFile file(TestSupport::dataFile(QStringLiteral("semicolons-with-bom.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CsvReader reader(file.readAll(), QStringLiteral("semicolons-with-bom.csv"));
    QCOMPARE(reader.delimiter(), QLatin1Char(';'));
    QCOMPARE(reader.header(),
             (QStringList{QStringLiteral("level"), QStringLiteral("relation"),
                          QStringLiteral("cn_name_en"), QStringLiteral("cn_lat")}));
    QCOMPARE(reader.rowCount(), 1);
    QCOMPARE(reader.value(0, QStringLiteral("cn_lat")), QStringLiteral("32,06"));
}

void TestCsvReader::badFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unbalanced quote") << "unbalanced-quote.csv" << 2 << "never closed";
    QTest::newRow("wrong column count") << "wrong-column-count.csv" << 3 << "2 fields where";
    QTest::newRow("binary") << "binary.csv" << 2 << "binary data";
    QTest::newRow("not UTF-8") << "not-utf8.csv" << 3 << "not UTF-8";
    QTest::newRow("empty") << "empty.csv" << 1 << "empty";
    QTest::newRow("column twice") << "duplicate-header.csv" << 1 << "names this column twice";
}

// Every file in tests/data/bad is refused, saying where and why.
void TestCsvReader::badFiles()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, reason);
    QFile input(TestSupport::dataFile(QStringLiteral("bad/") + file));
    QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(input.fileName()));
    try {
        CsvReader(input.readAll(), file);
        QFAIL("accepted");
    } catch (const DataError &e) {
        QCOMPARE(e.line(), line);
        QVERIFY2(e.message().startsWith(QStringLiteral("%1, line %2").arg(file).arg(line)),
                 qPrintable(e.message()));
        QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
    }
}

void TestCsvReader::aFiftyMegabyteFieldIsRefused()
{
    QByteArray bytes = "level,relation,cn_name_en\ncity,sister,\"";
    bytes += QByteArray(50 * 1024 * 1024, 'x');
    bytes += "\"\n";
    try {
        CsvReader(bytes, QStringLiteral("huge.csv"));
        QFAIL("accepted");
    } catch (const DataError &e) {
        QCOMPARE(e.line(), 2);
        QVERIFY2(e.message().contains(QStringLiteral("longer than")), qPrintable(e.message()));
    }
}

// For an import: the row whose quote is never closed is told, by its line and column, and the
// lines after the quote's are read as rows again. In the header it still refuses the file.
void TestCsvReader::anUnclosedQuoteLeavesItsRowUnread_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QStringList>("rowsRead"); // their us_city values
    QTest::newRow("in the middle")
        << QByteArray("chinese_city,us_city\n"
                      "Nanjing,St. Louis\n"
                      "Hubei,\"Ohio\n"
                      "Shanghai,Chicago\n")
        << 3 << QStringList{QStringLiteral("St. Louis"), QStringLiteral("Chicago")};
    QTest::newRow("last line, CRLF") << QByteArray("chinese_city,us_city\r\n"
                                                   "Nanjing,St. Louis\r\n"
                                                   "\"Shanghai,Chicago\r\n")
                                     << 3 << QStringList{QStringLiteral("St. Louis")};
    QTest::newRow("after a multi-line field")
        << QByteArray("chinese_city,us_city\n"
                      "Nanjing,\"St.\nLouis\"\n"
                      "\"Hubei,Ohio\n"
                      "Shanghai,Chicago")
        << 4 << QStringList{QStringLiteral("St.\nLouis"), QStringLiteral("Chicago")};
}

void TestCsvReader::anUnclosedQuoteLeavesItsRowUnread()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QStringList, rowsRead);
    const CsvReader reader(bytes, fileName, {}, {}, CsvReader::OnUnclosedQuote::SkipRow);
    QCOMPARE(reader.unreadRows().size(), 1);
    const DataError &unread = reader.unreadRows().first();
    QCOMPARE(unread.line(), line);
    QVERIFY2(unread.reason().contains(QStringLiteral("never closed")), qPrintable(unread.reason()));
    QStringList read;
    for (int row = 0; row < reader.rowCount(); ++row)
        read << reader.value(row, us);
    QCOMPARE(read, rowsRead);
    // Read by default, the file is refused.
    QVERIFY_THROWS_EXCEPTION(DataError, CsvReader(bytes, fileName));
    // A header whose quote is never closed names no columns to read by.
    QVERIFY_THROWS_EXCEPTION(DataError,
                             CsvReader("\"chinese_city,us_city\nNanjing,St. Louis\n", fileName, {},
                                       {}, CsvReader::OnUnclosedQuote::SkipRow));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
