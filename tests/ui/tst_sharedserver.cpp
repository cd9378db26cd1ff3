// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/exchange.h"
#include "app/io/databaseopener.h"
#include "app/models/roles.h"
#include "app/storage/database.h"
#include "tests/support/silentserver.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testwindow.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUrl>

// Two people on one PostgreSQL server (run only when ctest is given one): what the other saves
// appears in this window without F5, and the pairing this one has chosen stays chosen.
class TestSharedServer : public QObject
{
    Q_OBJECT
private slots:
    void anotherPersonsChangesAppearKeepingTheChoice();
    void aRoleThatMayOnlyReadGetsAReadOnlyWindow();
    void aDroppedConnectionLeavesNothingHalfWritten();
    void aLostConnectionShowsABannerUntilMadeAgain();
    void aSilentNetworkNeverHoldsUpTheWindow();

private:
    // Two people on one fresh database (with the shipped data): mine, and the other's.
    void twoConnections()
    {
        const QString url = TestSupport::freshServerDatabase();
        QString error;
        m_mine = DatabaseOpener::open(url, &error);
        QVERIFY2(m_mine, qPrintable(error));
        m_theirs = DatabaseOpener::open(url, &error);
        QVERIFY2(m_theirs, qPrintable(error));
    }
    std::unique_ptr<Database> m_mine;
    std::unique_ptr<Database> m_theirs;
};

void TestSharedServer::anotherPersonsChangesAppearKeepingTheChoice()
{
    twoConnections();
    Database &mine = *m_mine;
    Database &theirs = *m_theirs;
    QString error;
    TestWindow w(mine);
    QVERIFY(w.workspace.otherChanges.isListening());
    const qint64 chosen =
        TestSupport::pairingId(mine, QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
    w.window->showPairing(chosen);
    QTableView *list = w.view("pairingsView");
    QCOMPARE(list->currentIndex().data(Roles::RecordIdRole).toLongLong(), chosen);
    const qint64 before = w.pairings.totalCount();

    // The other person removes a pairing without exchanges and writes a note on the chosen one.
    TestSupport::execute(theirs, QStringLiteral("DELETE FROM pairings WHERE id = (SELECT max(id) "
                                                "FROM pairings WHERE id NOT IN (SELECT "
                                                "pairing_id FROM exchange_pairings))"));
    TestSupport::execute(theirs, QStringLiteral("UPDATE pairings SET notes = 'Seen from the "
                                                "other desk', row_version = row_version + 1 "
                                                "WHERE id = %1")
                                     .arg(chosen));
    QTRY_COMPARE(w.pairings.totalCount(), before - 1);
    QTRY_COMPARE(w.workspace.pairingDetail.detail().pairing.notes,
                 QStringLiteral("Seen from the other desk"));
    QCOMPARE(list->currentIndex().data(Roles::RecordIdRole).toLongLong(), chosen);
}

void TestSharedServer::aRoleThatMayOnlyReadGetsAReadOnlyWindow()
{
    const QString url = TestSupport::freshServerDatabase();
    QString error;
    auto owner = DatabaseOpener::open(url, &error);
    QVERIFY2(owner, qPrintable(error));
    QVERIFY(!owner->isReadOnly());
    // A reader: may see every table, change none.
    auto reader = DatabaseOpener::open(TestSupport::readerAddress(*owner, url), &error);
    QVERIFY2(reader, qPrintable(error));
    QVERIFY(reader->isReadOnly());

    TestWindow w(*reader);
    // Everything is shown.
    QCOMPARE(w.pairings.totalCount(),
             TestSupport::scalar(*reader, QStringLiteral("SELECT count(*) FROM pairings")).toInt());
    const auto *banner = w.window->findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner);
    QVERIFY(banner->text().contains(QStringLiteral("Read only")));
    QVERIFY(w.window->windowTitle().contains(QStringLiteral("read only")));
    const qint64 chosen =
        TestSupport::pairingId(*reader, QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
    w.window->showPairing(chosen);
    for (const char *name : {"newPairingAction", "editPairingAction", "deletePairingAction",
                             "citeSourceAction", "importAction"}) {
        auto *action = w.window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->isEnabled(), name);
    }
    // Places, institutions and sources are shown, and nothing offers to change them.
    w.window->findChild<QAction *>(QStringLiteral("recordsAction"))->trigger();
    auto *records = w.window->findChild<QDialog *>(QStringLiteral("recordsDialog"));
    QVERIFY(records && records->isVisible());
    QVERIFY(records->findChild<QWidget *>(QStringLiteral("placesPage"))
                ->findChild<QTableView *>()
                ->model()
                ->rowCount() > 0);
    for (const char *pageName : {"placesPage", "institutionsPage", "sourcesPage"}) {
        auto *page = records->findChild<QWidget *>(QLatin1String(pageName));
        QVERIFY2(page, pageName);
        for (const char *name : {"newButton", "editButton", "deleteButton"}) {
            auto *button = page->findChild<QPushButton *>(QLatin1String(name));
            QVERIFY2(button && !button->isEnabled(), name);
        }
        QVERIFY(!page->findChild<QTableView *>()->actions().at(0)->isEnabled()); // Insert
    }
    records->close();
    // Any other way in is refused with a message, and nothing is written.
    Pairing pairing = w.workspace.pairingDetail.detail().pairing;
    pairing.notes = QStringLiteral("Not allowed");
    QVERIFY(!w.commands.editPairing(w.workspace.pairingDetail.detail().pairing, pairing, &error));
    QVERIFY2(error.contains(QStringLiteral("can be read but not changed")), qPrintable(error));
    QVERIFY(TestSupport::scalar(*owner, QStringLiteral("SELECT count(*) FROM pairings WHERE notes "
                                                       "= 'Not allowed'"))
                .toInt() == 0);
}

// The server ends the program's connection in the middle of adding an exchange (after the
// exchange's row, before its tally): nothing of it is saved, the user is told, the program
// connects again, and the same step then succeeds.
void TestSharedServer::aDroppedConnectionLeavesNothingHalfWritten()
{
    twoConnections();
    Database &mine = *m_mine;
    Database &watcher = *m_theirs;
    QString error;
    // An exchange titled "Cut off" ends the connection that writes it, half-way through.
    TestSupport::execute(watcher,
                         QStringLiteral("CREATE FUNCTION cut_off() RETURNS trigger AS $$ BEGIN IF "
                                        "NEW.title = 'Cut off' THEN PERFORM "
                                        "pg_terminate_backend(pg_backend_pid()); END IF; RETURN "
                                        "NEW; END $$ LANGUAGE plpgsql"));
    TestSupport::execute(watcher, QStringLiteral("CREATE TRIGGER cut_off AFTER INSERT ON "
                                                 "exchanges FOR EACH ROW EXECUTE FUNCTION "
                                                 "cut_off()"));
    TestWindow w(mine);
    const QString before = TestSupport::dump(watcher);
    Exchange exchange;
    exchange.title = QStringLiteral("Cut off");
    exchange.field = QStringLiteral("art");
    exchange.mode = QStringLiteral("in_person");
    exchange.pairingIds = {
        TestSupport::pairingId(watcher, QStringLiteral("Nanjing"), QStringLiteral("St. Louis"))};
    QVERIFY(!w.commands.addExchange(exchange, &error));
    QVERIFY2(error.contains(QStringLiteral("connection to the server was lost")) &&
                 error.contains(QStringLiteral("nothing of this change was saved")),
             qPrintable(error));
    QCOMPARE(TestSupport::dump(watcher), before); // not a row of it, nor of its tally
    QCOMPARE(w.commands.stack()->count(), 0);
    // Connected again (as the watch over the connection does at its next look), the program
    // goes on.
    QSignalSpy looked(&w.workspace.connection, &ServerConnection::looked);
    w.workspace.connection.check();
    QVERIFY(looked.wait());
    QVERIFY(!w.workspace.connection.isLost());
    exchange.title = QStringLiteral("Jazz students play in Nanjing");
    QVERIFY2(w.commands.addExchange(exchange, &error), qPrintable(error));
    QCOMPARE(TestSupport::exchangesFound(watcher, QStringLiteral("jazz")), 1);
}

// An administrator ends every connection of the program: the window says so in a banner, and
// once connected again the banner goes, the lists read afresh and others' changes are heard
// again.
void TestSharedServer::aLostConnectionShowsABannerUntilMadeAgain()
{
    twoConnections();
    Database &mine = *m_mine;
    Database &theirs = *m_theirs;
    QString error;
    TestWindow w(mine);
    const auto *banner = w.window->findChild<QLabel *>(QStringLiteral("connectionBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    const QString mineName =
        TestSupport::scalar(mine, QStringLiteral("SELECT pg_backend_pid()")).toString();
    TestSupport::execute(theirs, QStringLiteral("SELECT pg_terminate_backend(%1)").arg(mineName));
    QTRY_VERIFY(!mine.isConnected());
    // The first look finds it lost and connects again at once (the server is there).
    QSignalSpy lost(&w.workspace.connection, &ServerConnection::lost);
    QSignalSpy restored(&w.workspace.connection, &ServerConnection::restored);
    bool bannerWhileLost = false;
    connect(&w.workspace.connection, &ServerConnection::lost, this,
            [&] { bannerWhileLost = banner->isVisible(); });
    QSignalSpy looked(&w.workspace.connection, &ServerConnection::looked);
    w.workspace.connection.check();
    QVERIFY(looked.wait());
    QCOMPARE(lost.count(), 1);
    QVERIFY(bannerWhileLost);
    QCOMPARE(restored.count(), 1);
    QVERIFY(!banner->isVisible());
    QVERIFY(w.window->statusBar()->currentMessage().contains(QStringLiteral("again")));
    // Heard again: another person's deletion shows without F5.
    const qint64 before = w.pairings.totalCount();
    TestSupport::execute(theirs, QStringLiteral("DELETE FROM pairings WHERE id = (SELECT max(id) "
                                                "FROM pairings WHERE id NOT IN (SELECT "
                                                "pairing_id FROM exchange_pairings))"));
    QTRY_COMPARE(w.pairings.totalCount(), before - 1);
}

// The network between the program and its server goes silent (packets dropped, nothing
// refused): the window keeps answering while the watch waits for the server, then shows the
// banner; once the network speaks again, the program connects again by itself.
void TestSharedServer::aSilentNetworkNeverHoldsUpTheWindow()
{
    const QUrl direct(TestSupport::freshServerDatabase());
    SilentServer network(direct.host(), quint16(direct.port(5432)));
    QUrl through = direct;
    through.setHost(QStringLiteral("127.0.0.1"));
    through.setPort(network.port());
    QString error;
    auto mine = DatabaseOpener::open(through.toString(), &error);
    QVERIFY2(mine, qPrintable(error));
    TestWindow w(*mine);
    const auto *banner = w.window->findChild<QLabel *>(QStringLiteral("connectionBanner"));
    QVERIFY(banner);

    network.setSilent(true);
    // The window's clock keeps ticking every 50 ms while the watch waits for the server (up to
    // the 10 s connect timeout).
    QElapsedTimer sinceTick;
    qint64 longestWait = 0;
    QTimer clock;
    connect(&clock, &QTimer::timeout, this,
            [&] { longestWait = std::max(longestWait, sinceTick.restart()); });
    clock.start(50);
    sinceTick.start();
    QSignalSpy lost(&w.workspace.connection, &ServerConnection::lost);
    QElapsedTimer asking;
    asking.start();
    w.workspace.connection.check();
    QVERIFY(asking.elapsed() < 100);
    QVERIFY(lost.wait(30000));
    QVERIFY2(longestWait < 1000, qPrintable(QString::number(longestWait)));
    QVERIFY(banner->isVisible());

    network.setSilent(false);
    QSignalSpy restored(&w.workspace.connection, &ServerConnection::restored);
    w.workspace.connection.check();
    QVERIFY(restored.wait(30000));
    QVERIFY(!banner->isVisible());
    QVERIFY(mine->isConnected());
}

QTEST_MAIN(TestSharedServer)
#include "tst_sharedserver.moc"
