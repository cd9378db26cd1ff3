// SPDX-License-Identifier: GPL-3.0-or-later
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

// The bridges binary's command line, run as a separate process with no display at all: help,
// version and mistakes in the arguments need no window system.
class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void versionPrintsTheVersion();
    void helpDescribesUsage();
    void helpSaysWhereTheDatabaseIs();
    void verbsHelpShowsTheirUsage_data();
    void verbsHelpShowsTheirUsage();
    void mistakesAreReported_data();
    void mistakesAreReported();

private:
    struct Result
    {
        int exitCode;
        QString out;
        QString err;
    };
    static Result run(const QStringList &arguments,
                      const QProcessEnvironment &extra = QProcessEnvironment());
};

TestCommandLine::Result TestCommandLine::run(const QStringList &arguments,
                                             const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(extra);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BRIDGES_BINARY), arguments);
    if (!process.waitForFinished(20000))
        qFatal("bridges did not finish");
    return {process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
            QString::fromLocal8Bit(process.readAllStandardError())};
}

void TestCommandLine::versionPrintsTheVersion()
{
    const Result result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QStringLiteral("bridges " BRIDGES_VERSION));
}

void TestCommandLine::helpDescribesUsage()
{
    const Result result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(QStringLiteral("Usage: bridges [options] [FILE]")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("--version")));
    // The default file's path, however the help wraps it.
    QVERIFY(QString(result.out)
                .remove(QLatin1Char('\n'))
                .remove(QLatin1Char(' '))
                .contains(QStringLiteral("/Bridges/bridges.sqlite")));
}

// The database opened when none is named, at its place on this system (here under the XDG data
// folder given), whole on one line, and the ways to another.
void TestCommandLine::helpSaysWhereTheDatabaseIs()
{
    QTemporaryDir data;
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
    const Result result = run({QStringLiteral("--help")}, environment);
    QCOMPARE(result.exitCode, 0);
    const QString path = data.filePath(QStringLiteral("Bridges/bridges.sqlite"));
    QVERIFY2(result.out.contains(QStringLiteral("Your database: %1\n").arg(path)),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("  bridges FILE ")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("File > Open…")));
    QVERIFY(result.out.contains(QStringLiteral("--db FILE")));
}

// Each verb's help begins with the line a user types, not the program's path: the verb after
// "bridges", its arguments after the options, and the verb is not listed as an argument.
void TestCommandLine::verbsHelpShowsTheirUsage_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("usage");
    QTest::newRow("import") << "import"
                            << "Usage: bridges import [options] FILE";
    QTest::newRow("export") << "export"
                            << "Usage: bridges export [options]";
    QTest::newRow("check") << "check"
                           << "Usage: bridges check [options]";
    QTest::newRow("copy-db") << "copy-db"
                             << "Usage: bridges copy-db [options]";
    QTest::newRow("update-data") << "update-data"
                                 << "Usage: bridges update-data [options]";
    QTest::newRow("report") << "report"
                            << "Usage: bridges report [options]";
    QTest::newRow("export-chart") << "export-chart"
                                  << "Usage: bridges export-chart [options]";
}

void TestCommandLine::verbsHelpShowsTheirUsage()
{
    QFETCH(QString, verb);
    QFETCH(QString, usage);
    const Result result = run({verb, QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.section(QLatin1Char('\n'), 0, 0), usage);
    QVERIFY2(!result.out.contains(QStringLiteral("The command.")), qPrintable(result.out));
    if (verb == QLatin1String("import")) {
        QVERIFY2(result.out.contains(QStringLiteral("\nArguments:\n  FILE ")),
                 qPrintable(result.out));
    } else {
        QVERIFY2(!result.out.contains(QStringLiteral("Arguments:")), qPrintable(result.out));
    }
}

void TestCommandLine::mistakesAreReported_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--colour")} << "Unknown option 'colour'";
    QTest::newRow("two files") << QStringList{QStringLiteral("a.sqlite"),
                                              QStringLiteral("b.sqlite")}
                               << "at most one database";
}

void TestCommandLine::mistakesAreReported()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
