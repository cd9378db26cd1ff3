// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/database.h"
#include "tests/support/bridgesprocess.h"
#include "tests/support/pdftext.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// `bridges <verb> --language en|zh_CN|system`, run as a script runs it: every verb takes it,
// and says what it says (results, help, complaints about the line) and draws what it draws
// (charts, the map, the report) in that language. Without it a verb speaks the language chosen
// under View > Language, else the system's (here the C locale: English). A language Bridges
// does not speak is refused before anything is done. If this broke, `bridges export-chart
// --language zh_CN` would be refused as an unknown option, as it was, or draw in English.
class TestCommandLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyVerbSpeaksIt_data();
    void everyVerbSpeaksIt();
    void drawingsAreInIt_data();
    void drawingsAreInIt();
    void everyVerbsHelpListsIt_data();
    void everyVerbsHelpListsIt();
    void theWindowsChoiceUnlessToldOtherwise();
    void aLanguageNotSpokenIsRefused_data();
    void aLanguageNotSpokenIsRefused();

private:
    BridgesProcess::Result run(const QStringList &arguments) const
    {
        return BridgesProcess::run(arguments, m_home);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // The text of the <text> elements of an SVG file, or of the pages of a PDF.
    static QString textOf(const QString &file);

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_database;
    qint64 m_nanjing = 0;
};

void TestCommandLanguage::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkdir(m_home.filePath(QStringLiteral("runtime")),
                         QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const std::unique_ptr<Database> database = TestSupport::createWithShippedData(m_dir);
    m_database = m_dir.filePath(QStringLiteral("test.sqlite"));
    m_nanjing =
        TestSupport::pairingId(*database, QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
    QVERIFY(m_nanjing > 0);
}

QString TestCommandLanguage::textOf(const QString &file)
{
    if (file.endsWith(QLatin1String(".pdf"))) {
        const PdfText::Result text = PdfText::text(file);
        return text.ok ? text.text : QStringLiteral("<%1>").arg(text.text);
    }
    QFile svg(file);
    if (!svg.open(QIODevice::ReadOnly))
        return QStringLiteral("<%1: %2>").arg(file, svg.errorString());
    QString text;
    QXmlStreamReader xml(&svg);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements) + QLatin1Char('\n');
    }
    return text;
}

void TestCommandLanguage::everyVerbSpeaksIt_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("chinese");
    QTest::addColumn<QString>("english");
    const QString db = QStringLiteral("--db");
    QTest::newRow("check") << QStringList{QStringLiteral("check"), db, m_database} << 0
                           << QStringLiteral("完整性：") << QStringLiteral("Integrity:");
    QTest::newRow("export") << QStringList{QStringLiteral("export"),
                                           db,
                                           m_database,
                                           QStringLiteral("--what"),
                                           QStringLiteral("pairings"),
                                           QStringLiteral("--out"),
                                           path(QStringLiteral("pairings.csv"))}
                            << 0 << QStringLiteral("写入") << QStringLiteral("written to");
    QTest::newRow("import") << QStringList{QStringLiteral("import"), db, m_database} << 2
                            << QStringLiteral("请指定一个要载入的文件")
                            << QStringLiteral("name one file to load");
    QTest::newRow("copy-db") << QStringList{QStringLiteral("copy-db")} << 2
                             << QStringLiteral("请给出 --from 和 --to")
                             << QStringLiteral("give --from and --to");
    QTest::newRow("update-data") << QStringList{QStringLiteral("update-data"), db, m_database,
                                                QStringLiteral("--dry-run")}
                                 << 0 << QStringLiteral("无需操作")
                                 << QStringLiteral("nothing to do");
    // What Qt itself says about a wrong line, in its own words.
    QTest::newRow("export-chart, a wrong option")
        << QStringList{QStringLiteral("export-chart"), QStringLiteral("--colour")} << 2
        << QStringLiteral("未知选项") << QStringLiteral("Unknown option");
    QTest::newRow("report, no pairing")
        << QStringList{QStringLiteral("report"), QStringLiteral("--out"),
                       path(QStringLiteral("none.pdf"))}
        << 2 << QStringLiteral("--pairing：") << QStringLiteral("--pairing: give");
}

void TestCommandLanguage::everyVerbSpeaksIt()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, chinese);
    QFETCH(QString, english);
    const BridgesProcess::Result inChinese =
        run(arguments + QStringList{QStringLiteral("--language"), QStringLiteral("zh_CN")});
    QVERIFY2(inChinese.exitCode == exitCode, qPrintable(inChinese.err));
    const QString said = inChinese.out + inChinese.err;
    QVERIFY2(said.contains(chinese), qPrintable(said));
    QVERIFY2(!said.contains(english), qPrintable(said));
    // The other spelling of the option, and English asked for by name.
    const BridgesProcess::Result inEnglish =
        run(arguments + QStringList{QStringLiteral("--language=en")});
    QVERIFY2(inEnglish.exitCode == exitCode, qPrintable(inEnglish.err));
    QVERIFY2((inEnglish.out + inEnglish.err).contains(english),
             qPrintable(inEnglish.out + inEnglish.err));
}

void TestCommandLanguage::drawingsAreInIt_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("chinese");
    QTest::addColumn<QString>("english");
    QTest::newRow("export-chart, the timeline")
        << QStringList{QStringLiteral("export-chart"), QStringLiteral("--chart"),
                       QStringLiteral("timeline")}
        << path(QStringLiteral("timeline.svg"))
        << QStringList{QStringLiteral("每年"), QStringLiteral("累计结好关系")}
        << QStringLiteral("Per year");
    QTest::newRow("export-chart, one pairing")
        << QStringList{QStringLiteral("export-chart"), QStringLiteral("--pairing"),
                       QString::number(m_nanjing)}
        << path(QStringLiteral("nanjing.svg"))
        << QStringList{QStringLiteral("每年"), QStringLiteral("累计结好关系")}
        << QStringLiteral("Per year");
    QTest::newRow("export-map") << QStringList{QStringLiteral("export-map")}
                                << path(QStringLiteral("map.svg"))
                                << QStringList{QStringLiteral("中美友好城市与友好省州")}
                                << QStringLiteral("China–US sister pairings");
    QTest::newRow("report") << QStringList{QStringLiteral("report"), QStringLiteral("--pairing"),
                                           QString::number(m_nanjing)}
                            << path(QStringLiteral("nanjing.pdf"))
                            << QStringList{QStringLiteral("缔结时间"), QStringLiteral("状态")}
                            << QStringLiteral("Established");
}

void TestCommandLanguage::drawingsAreInIt()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    QFETCH(QStringList, chinese);
    QFETCH(QString, english);
    QFile::remove(file);
    const BridgesProcess::Result result =
        run(arguments + QStringList{QStringLiteral("--db"), m_database, QStringLiteral("--out"),
                                    file, QStringLiteral("--language"), QStringLiteral("zh_CN")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString text = textOf(file);
    for (const QString &shown : chinese)
        QVERIFY2(text.contains(shown), qPrintable(shown + QStringLiteral(" not in: ") + text));
    QVERIFY2(!text.contains(english), qPrintable(text));
}

void TestCommandLanguage::everyVerbsHelpListsIt_data()
{
    QTest::addColumn<QString>("verb");
    for (const char *verb : {"check", "export", "import", "copy-db", "update-data", "export-chart",
                             "export-map", "report"})
        QTest::newRow(verb) << QString::fromLatin1(verb);
}

void TestCommandLanguage::everyVerbsHelpListsIt()
{
    QFETCH(QString, verb);
    const BridgesProcess::Result english = run({verb, QStringLiteral("--help")});
    QCOMPARE(english.exitCode, 0);
    QVERIFY2(english.out.contains(QStringLiteral("--language <language>")),
             qPrintable(english.out));
    QVERIFY2(english.out.contains(QStringLiteral("Show this help.")), qPrintable(english.out));
    const BridgesProcess::Result chinese = run(
        {verb, QStringLiteral("--language"), QStringLiteral("zh_CN"), QStringLiteral("--help")});
    QCOMPARE(chinese.exitCode, 0);
    QVERIFY2(chinese.out.contains(QStringLiteral("--language")), qPrintable(chinese.out));
    QVERIFY2(chinese.out.contains(QStringLiteral("显示此帮助。")), qPrintable(chinese.out));
}

void TestCommandLanguage::theWindowsChoiceUnlessToldOtherwise()
{
    const QString check = QStringLiteral("check");
    QVERIFY(run({check, QStringLiteral("--db"), m_database})
                .out.contains(QStringLiteral("Integrity:")));
    {
        // View > Language chose 简体中文.
        QSettings settings(m_home.filePath(QStringLiteral("config/Bridges/Bridges.conf")),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("interface/language"), QStringLiteral("zh_CN"));
    }
    const BridgesProcess::Result chosen = run({check, QStringLiteral("--db"), m_database});
    QVERIFY2(chosen.out.contains(QStringLiteral("完整性：")), qPrintable(chosen.out));
    const BridgesProcess::Result told = run({check, QStringLiteral("--db"), m_database,
                                             QStringLiteral("--language"), QStringLiteral("en")});
    QVERIFY2(told.out.contains(QStringLiteral("Integrity:")), qPrintable(told.out));
    const BridgesProcess::Result system =
        run({check, QStringLiteral("--db"), m_database, QStringLiteral("--language"),
             QStringLiteral("system")});
    QVERIFY2(system.out.contains(QStringLiteral("Integrity:")), qPrintable(system.out));
    QFile::remove(m_home.filePath(QStringLiteral("config/Bridges/Bridges.conf")));
}

void TestCommandLanguage::aLanguageNotSpokenIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("check") << QStringList{QStringLiteral("check"), QStringLiteral("--db"),
                                          m_database};
    QTest::newRow("export-chart") << QStringList{
        QStringLiteral("export-chart"), QStringLiteral("--out"), path(QStringLiteral("never.svg"))};
    QTest::newRow("report") << QStringList{QStringLiteral("report"), QStringLiteral("--pairing"),
                                           QString::number(m_nanjing), QStringLiteral("--out"),
                                           path(QStringLiteral("never.pdf"))};
}

void TestCommandLanguage::aLanguageNotSpokenIsRefused()
{
    QFETCH(QStringList, arguments);
    const BridgesProcess::Result result =
        run(arguments + QStringList{QStringLiteral("--language"), QStringLiteral("klingon")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(
                 QStringLiteral("--language: “klingon” is not one of en, zh_CN, system.")),
             qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFile::exists(path(QStringLiteral("never.svg"))));
    QVERIFY(!QFile::exists(path(QStringLiteral("never.pdf"))));
}

QTEST_GUILESS_MAIN(TestCommandLanguage)
#include "tst_commandlanguage.moc"
