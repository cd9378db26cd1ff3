// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Nothing committed is lost when the program is killed: a child process adds pairings through
// the commands, one transaction each, and is killed in the middle of the run. The file then
// passes integrity_check and holds every edit the child reported committed, with no edit
// half-written.
class TestKilledEdits : public QObject
{
    Q_OBJECT
private slots:
    void killedInTheMiddleLosesNothingCommitted();
};

void TestKilledEdits::killedInTheMiddleLosesNothingCommitted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.sqlite"));
    TestSupport::createWithShippedData(dir, QStringLiteral("killed.sqlite")).reset();

    QProcess worker;
    worker.start(QStringLiteral(BRIDGES_EDIT_WORKER), {path});
    QVERIFY(worker.waitForStarted());
    int reported = 0;
    while (reported < 40) {
        QVERIFY2(worker.waitForReadyRead(20000), "the worker stopped reporting");
        while (worker.canReadLine()) {
            const QByteArray line = worker.readLine().trimmed();
            if (line.startsWith("committed "))
                reported = line.mid(10).toInt();
        }
    }
    worker.kill(); // SIGKILL: no chance to close anything
    QVERIFY(worker.waitForFinished());
    // Lines already written before the kill may still wait in the pipe.
    while (worker.canReadLine()) {
        const QByteArray line = worker.readLine().trimmed();
        if (line.startsWith("committed "))
            reported = line.mid(10).toInt();
    }
    QCOMPARE(worker.exitStatus(), QProcess::CrashExit);

    Database::OpenError error;
    const std::unique_ptr<Database> db = Database::openFile(path, &error);
    QVERIFY2(db, qPrintable(error.message));
    QCOMPARE(TestSupport::scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    // Every reported edit is there, numbered 1..n without a gap; at most one more that was
    // committed but not yet reported.
    const int stored =
        TestSupport::scalar(*db, QStringLiteral("SELECT count(*) FROM pairings WHERE notes LIKE "
                                                "'edit %'"))
            .toInt();
    QVERIFY2(stored >= reported && stored <= reported + 1,
             qPrintable(QStringLiteral("%1 stored, %2 reported").arg(stored).arg(reported)));
    QCOMPARE(TestSupport::scalar(*db, QStringLiteral("SELECT max(CAST(substr(notes, 6) AS "
                                                     "INTEGER)) FROM pairings WHERE notes LIKE "
                                                     "'edit %'"))
                 .toInt(),
             stored);
    // Every link points at a record that is there, and the search index matches its table.
    QCOMPARE(
        TestSupport::scalar(*db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"))
            .toInt(),
        0);
    TestSupport::execute(*db, QStringLiteral("INSERT INTO exchanges_search(exchanges_search) "
                                             "VALUES('integrity-check')"));
}

QTEST_GUILESS_MAIN(TestKilledEdits)
#include "tst_killededits.moc"
