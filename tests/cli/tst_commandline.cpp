// SPDX-License-Identifier: GPL-3.0-or-later
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

// The bridges binary's command line, run as a separate process with no display at all: help,
// version and mistakes in the arguments need no window system.
class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void versionPrintsTheVersion();
    void helpDescribesUsage();
    void mistakesAreReported_data();
    void mistakesAreReported();

private:
    struct Result
    {
        int exitCode;
        QString out;
        QString err;
    };
    static Result run(const QStringList &arguments);
};

TestCommandLine::Result TestCommandLine::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
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
    QVERIFY2(result.out.startsWith(QStringLiteral("Usage: bridges [options] [file]")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("--version")));
    // The default file's path, however the help wraps it.
    QVERIFY(QString(result.out)
                .remove(QLatin1Char('\n'))
                .remove(QLatin1Char(' '))
                .contains(QStringLiteral("/Bridges/bridges.sqlite")));
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
