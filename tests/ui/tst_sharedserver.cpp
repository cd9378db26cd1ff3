// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/databaseopener.h"
#include "app/models/roles.h"
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testwindow.h"
#include "ui/mainwindow.h"

#include <QTableView>
#include <QTest>

// Two people on one PostgreSQL server (run only when ctest is given one): what the other saves
// appears in this window without F5, and the pairing this one has chosen stays chosen.
class TestSharedServer : public QObject
{
    Q_OBJECT
private slots:
    void anotherPersonsChangesAppearKeepingTheChoice();
};

void TestSharedServer::anotherPersonsChangesAppearKeepingTheChoice()
{
    const QString url = TestSupport::freshServerDatabase();
    QString error;
    auto mine = DatabaseOpener::open(url, &error);
    QVERIFY2(mine, qPrintable(error));
    auto theirs = DatabaseOpener::open(url, &error);
    QVERIFY2(theirs, qPrintable(error));
    TestWindow w(*mine);
    QVERIFY(w.workspace.otherChanges.isListening());
    const qint64 chosen =
        TestSupport::pairingId(*mine, QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
    w.window->showPairing(chosen);
    QTableView *list = w.view("pairingsView");
    QCOMPARE(list->currentIndex().data(Roles::RecordIdRole).toLongLong(), chosen);
    const qint64 before = w.pairings.totalCount();

    // The other person removes a pairing without exchanges and writes a note on the chosen one.
    TestSupport::execute(*theirs, QStringLiteral("DELETE FROM pairings WHERE id = (SELECT max(id) "
                                                 "FROM pairings WHERE id NOT IN (SELECT "
                                                 "pairing_id FROM exchange_pairings))"));
    TestSupport::execute(*theirs, QStringLiteral("UPDATE pairings SET notes = 'Seen from the "
                                                 "other desk', row_version = row_version + 1 "
                                                 "WHERE id = %1")
                                      .arg(chosen));
    QTRY_COMPARE(w.pairings.totalCount(), before - 1);
    QTRY_COMPARE(w.workspace.pairingDetail.detail().pairing.notes,
                 QStringLiteral("Seen from the other desk"));
    QCOMPARE(list->currentIndex().data(Roles::RecordIdRole).toLongLong(), chosen);
}

QTEST_MAIN(TestSharedServer)
#include "tst_sharedserver.moc"
