// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/database.h"
#include "tests/support/bridgesprocess.h"
#include "tests/support/pdftext.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `bridges report`, run as a separate process with no display, on a database made from the
// shipped data: if this broke, a script making a pairing's dossier would get no file, a file
// without the pairing's names or exchanges, a made-up date, more than two pages, or no word
// about a mistake on its command line. The PDF is read back with poppler's pdftotext and
// pdfinfo, as any reader would read it.
class TestReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpListsTheOptions();
    void reportsNanjingStLouis();
    void undatedPairingSaysNotKnown();
    void longTableStopsAtTwoPages();
    void mistakesAreRefused_data();
    void mistakesAreRefused();

private:
    BridgesProcess::Result report(const QStringList &arguments) const
    {
        return BridgesProcess::run(QStringList{QStringLiteral("report")} + arguments, m_home);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_database;
    qint64 m_nanjing = 0;
    qint64 m_undated = 0; // Anqing – Calabasas: no source gives its year
    qint64 m_busy = 0;    // a pairing without exchanges, given 150 by the test
};

void TestReport::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkdir(m_home.filePath(QStringLiteral("runtime")),
                         QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    std::unique_ptr<Database> database = TestSupport::createWithShippedData(m_dir);
    m_database = m_dir.filePath(QStringLiteral("test.sqlite"));
    m_nanjing =
        TestSupport::pairingId(*database, QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
    m_undated =
        TestSupport::pairingId(*database, QStringLiteral("Anqing"), QStringLiteral("Calabasas"));
    m_busy =
        TestSupport::scalar(
            *database, QStringLiteral("SELECT min(id) FROM pairings WHERE id NOT IN "
                                      "(SELECT pairing_id FROM exchange_pairings) AND id <> %1")
                           .arg(m_undated))
            .toLongLong();
    QVERIFY(m_nanjing > 0 && m_undated > 0 && m_busy > 0);
    QVERIFY(TestSupport::scalar(*database, QStringLiteral("SELECT established FROM pairings "
                                                          "WHERE id = %1")
                                               .arg(m_undated))
                .isNull());
    // More exchanges than two pages hold, on one pairing.
    TestSupport::execute(
        *database,
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i "
                       "< 150) INSERT INTO exchanges (date, title, field, mode) SELECT "
                       "printf('%d', 1990 + i % 30), printf('Long exchange %03d', i), "
                       "'education', 'online' FROM n"));
    TestSupport::execute(*database,
                         QStringLiteral("INSERT INTO exchange_pairings (exchange_id, pairing_id) "
                                        "SELECT id, %1 FROM exchanges WHERE title LIKE "
                                        "'Long exchange %'")
                             .arg(m_busy));
}

void TestReport::helpListsTheOptions()
{
    const BridgesProcess::Result result = report({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char *option : {"--pairing", "--out", "--db"})
        QVERIFY2(result.out.contains(QLatin1String(option)), option);
}

void TestReport::reportsNanjingStLouis()
{
    const QString out = path(QStringLiteral("nanjing.pdf"));
    const BridgesProcess::Result result =
        report({QStringLiteral("--pairing"), QString::number(m_nanjing), QStringLiteral("--out"),
                out, QStringLiteral("--db"), m_database});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const PdfText::Result text = PdfText::text(out);
    QVERIFY2(text.ok, qPrintable(text.text));
    for (const char *shown :
         {"Nanjing", "St. Louis", "南京", "Jiangsu", "Missouri", "Sister", "Nov 1979",
          // an exchange of the pairing, its date, and one of its sources' addresses
          "Nanjing sends face masks to St. Louis", "2020", "chicago.china-consulate.gov.cn",
          "Exchanges and pairings by year", "Natural Earth",
          // the line of its timeline, named for what it counts
          "Pairings with a known year"}) {
        QVERIFY2(text.text.contains(QString::fromUtf8(shown)),
                 qPrintable(QString::fromUtf8(shown) + QStringLiteral(" not in: ") + text.text));
    }
    // One pairing's chart sets no national total beside it.
    QVERIFY2(!text.text.contains(QStringLiteral("(official,")), qPrintable(text.text));
    const int pages = PdfText::info(out, QStringLiteral("Pages")).toInt();
    QVERIFY2(pages == 1 || pages == 2, qPrintable(QString::number(pages)));
    QCOMPARE(PdfText::info(out, QStringLiteral("Title")), QStringLiteral("Nanjing – St. Louis"));
    // The C locale the tests run in has no country: A4, the paper of most of the world.
    QVERIFY2(PdfText::info(out, QStringLiteral("Page size")).contains(QLatin1String("A4")),
             qPrintable(PdfText::info(out, QStringLiteral("Page size"))));
}

void TestReport::undatedPairingSaysNotKnown()
{
    const QString out = path(QStringLiteral("undated.pdf"));
    const BridgesProcess::Result result =
        report({QStringLiteral("--db"), m_database, QStringLiteral("--pairing"),
                QString::number(m_undated), QStringLiteral("--out"), out});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const PdfText::Result text = PdfText::text(out);
    QVERIFY2(text.ok, qPrintable(text.text));
    QVERIFY2(text.text.contains(QStringLiteral("Anqing 安庆 – Calabasas")), qPrintable(text.text));
    // In the words of the window's detail.
    QVERIFY2(text.text.contains(QStringLiteral("Established Not known: no source gives the date.")),
             qPrintable(text.text));
}

void TestReport::longTableStopsAtTwoPages()
{
    const QString out = path(QStringLiteral("busy.pdf"));
    const BridgesProcess::Result result =
        report({QStringLiteral("--db"), m_database, QStringLiteral("--pairing"),
                QString::number(m_busy), QStringLiteral("--out"), out});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(PdfText::info(out, QStringLiteral("Pages")), QStringLiteral("2"));
    const PdfText::Result text = PdfText::text(out);
    QVERIFY2(text.ok, qPrintable(text.text));
    // The table goes on over the second page and says how many it leaves out.
    QVERIFY(text.text.contains(QStringLiteral("Long exchange 001")));
    const QRegularExpressionMatch more =
        QRegularExpression(QStringLiteral("… and (\\d+) more exchanges")).match(text.text);
    QVERIFY2(more.hasMatch(), qPrintable(text.text));
    const int left = more.captured(1).toInt();
    QVERIFY(left > 0 && left < 150);
    // Every exchange is either in the table or counted (rows are in date order, not by
    // title: count the titles rather than name the last).
    const int shown =
        int(text.text.count(QRegularExpression(QStringLiteral("Long exchange \\d{3}"))));
    QCOMPARE(shown + left, 150);
}

void TestReport::mistakesAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments"); // %1: the test's database, %2: a new file
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mention");

    const QString db = QStringLiteral("--db");
    QTest::newRow("no such pairing") << QStringList{db,
                                                    QStringLiteral("%1"),
                                                    QStringLiteral("--pairing"),
                                                    QStringLiteral("987654"),
                                                    QStringLiteral("--out"),
                                                    QStringLiteral("%2")}
                                     << 2 << "987654";
    QTest::newRow("no --out") << QStringList{db, QStringLiteral("%1"), QStringLiteral("--pairing"),
                                             QStringLiteral("1")}
                              << 2 << "--out";
    QTest::newRow("no --pairing") << QStringList{db, QStringLiteral("%1"), QStringLiteral("--out"),
                                                 QStringLiteral("%2")}
                                  << 2 << "--pairing";
    QTest::newRow("not a number") << QStringList{db,
                                                 QStringLiteral("%1"),
                                                 QStringLiteral("--pairing"),
                                                 QStringLiteral("Nanjing"),
                                                 QStringLiteral("--out"),
                                                 QStringLiteral("%2")}
                                  << 2 << "“Nanjing”";
    QTest::newRow("not a PDF") << QStringList{db,
                                              QStringLiteral("%1"),
                                              QStringLiteral("--pairing"),
                                              QStringLiteral("1"),
                                              QStringLiteral("--out"),
                                              QStringLiteral("%2.png")}
                               << 2 << ".pdf";
    QTest::newRow("folder missing") << QStringList{db,
                                                   QStringLiteral("%1"),
                                                   QStringLiteral("--pairing"),
                                                   QStringLiteral("1"),
                                                   QStringLiteral("--out"),
                                                   QStringLiteral("%2/no/such/folder/x.pdf")}
                                    << 1 << "no/such/folder/x.pdf";
}

void TestReport::mistakesAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mention);
    const QString out = path(QStringLiteral("refused.pdf"));
    for (QString &argument : arguments)
        argument =
            argument.replace(QLatin1String("%1"), m_database).replace(QLatin1String("%2"), out);
    const BridgesProcess::Result result = report(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.startsWith(QLatin1String("bridges report: ")), qPrintable(result.err));
    QVERIFY2(result.err.contains(mention), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
