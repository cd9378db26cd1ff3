// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session.h"
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"
#include "ui/dialogs/connectdialog.h"
#include "ui/mainwindow.h"
#include "ui/passwordkeychain.h"
#include "ui/settings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

// Opening another database from the window: File > Connect to Server… asks for the server's
// address and password and hands them on (never into the settings); the database opened takes
// the window's place and heads File > Open Recent; one that cannot be opened leaves the window
// in use as it was, with the reason.
class TestConnecting : public QObject
{
    Q_OBJECT
private slots:
    void connectDialogGivesTheAddressTyped();
    void connectToServerHandsOnAddressAndPassword();
    void anotherDatabaseTakesTheWindowsPlace();
    void aKeptPasswordRefusedIsAskedForAgain();
    void theKeychainIsAskedOnlyWhenItKeepsAPassword();

private:
    QTemporaryDir m_dir;
};

void TestConnecting::connectDialogGivesTheAddressTyped()
{
    ServerAddress suggested;
    suggested.host = QStringLiteral("db.example.org");
    suggested.user = QStringLiteral("anna");
    ConnectDialog dialog(suggested);
    auto *connect = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!connect->isEnabled()); // no database named yet
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("databaseEdit")),
                     QStringLiteral("sisters"));
    QVERIFY(connect->isEnabled());
    dialog.findChild<QSpinBox *>(QStringLiteral("portBox"))->setValue(5433);
    auto *tls = dialog.findChild<QComboBox *>(QStringLiteral("tlsBox"));
    tls->setCurrentIndex(tls->findData(int(ServerAddress::Tls::VerifyFull)));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClicks(password, QStringLiteral("s3cret"));
    QCOMPARE(dialog.address().url(),
             QStringLiteral("postgresql://anna@db.example.org:5433/sisters?sslmode=verify-full"));
    QCOMPARE(dialog.password(), QStringLiteral("s3cret"));
    QVERIFY(!dialog.rememberPassword());
}

void TestConnecting::connectToServerHandsOnAddressAndPassword()
{
    QString error;
    auto session = Session::open(m_dir.filePath(QStringLiteral("a.sqlite")), QString(), &error);
    QVERIFY2(session, qPrintable(error));
    // Only what the window hands on is looked at here, not the opening.
    QObject::disconnect(&session->window(), &MainWindow::openRequested, session.get(), nullptr);
    QSignalSpy asked(&session->window(), &MainWindow::openRequested);
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("hostEdit"))->setText(QStringLiteral("h"));
        dialog->findChild<QLineEdit *>(QStringLiteral("databaseEdit"))
            ->setText(QStringLiteral("d"));
        dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("u"));
        dialog->setPassword(QStringLiteral("pw-typed"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    session->window().findChild<QAction *>(QStringLiteral("connectAction"))->trigger();
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("postgresql://u@h:5432/d"));
    QCOMPARE(asked.at(0).at(1).toString(), QStringLiteral("pw-typed"));
    // "Remember" left unticked: any password kept for that server is to be forgotten.
    QCOMPARE(asked.at(0).at(2).value<PasswordKeychain::Keeping>(),
             PasswordKeychain::Keeping::Forget);
    // The settings hold databases opened, never what was typed as a password.
    QSettings settings(QSettings::UserScope, QStringLiteral("Bridges"), QStringLiteral("Bridges"));
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(QStringLiteral("pw-typed")));
}

void TestConnecting::anotherDatabaseTakesTheWindowsPlace()
{
    QString error;
    const QString first = m_dir.filePath(QStringLiteral("first.sqlite"));
    const QString second = m_dir.filePath(QStringLiteral("second.sqlite"));
    auto session = Session::open(first, QString(), &error);
    QVERIFY2(session, qPrintable(error));
    session->window().show();
    QSignalSpy replaced(session.get(), &Session::replacedBy);

    // One that cannot be opened: the reason is told, and the window in use stays.
    const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/x.sqlite"));
    QString told;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        told = box->text();
        box->accept();
    });
    emit session->window().openRequested(missing, QString(), PasswordKeychain::Keeping::AsItIs);
    QVERIFY2(told.contains(QStringLiteral("folder")), qPrintable(told));
    QCOMPARE(replaced.count(), 0);
    QVERIFY(session->window().isVisible());

    emit session->window().openRequested(second, QString(), PasswordKeychain::Keeping::AsItIs);
    QCOMPARE(replaced.count(), 1);
    std::unique_ptr<Session> next(replaced.at(0).at(0).value<Session *>());
    QCOMPARE(next->database().location(), second);
    QVERIFY(next->window().isVisible());
    QVERIFY(!session->window().isVisible());
    QVERIFY(next->window().windowTitle().startsWith(QStringLiteral("second.sqlite")));
    QCOMPARE(Settings().recentDatabases().mid(0, 2), (QStringList{second, first}));
    // File > Open Recent lists both.
    auto *recent = next->window().findChild<QMenu *>(QStringLiteral("recentMenu"));
    emit recent->aboutToShow();
    QVERIFY(recent->actions().size() >= 2);
    QCOMPARE(recent->actions().at(0)->text(), QDir::toNativeSeparators(second));
    QCOMPARE(recent->actions().at(1)->text(), QDir::toNativeSeparators(first));
}

// Open Recent hands on the password the keychain keeps. When the server refuses it (it was
// changed, say), the reason is told and the Connect dialog asks again for that server, with
// "Remember" ticked so that the new one replaces it. A server that cannot be reached is only
// reported: the kept password may well be right. (The refusal needs a server: run with one.)
void TestConnecting::aKeptPasswordRefusedIsAskedForAgain()
{
    QString error;
    auto session = Session::open(m_dir.filePath(QStringLiteral("c.sqlite")), QString(), &error);
    QVERIFY2(session, qPrintable(error));
    // Opens the server with a kept password; what the message said and, if the Connect dialog
    // came, the address it asked for and whether "Remember" was ticked.
    struct Outcome
    {
        QString told;
        QString askedFor;
        bool remember = false;
    };
    const auto openWithKept = [&](const QString &server) {
        Outcome outcome;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            outcome.told = box->text();
            QTimer::singleShot(0, this, [&] {
                if (auto *dialog =
                        qobject_cast<ConnectDialog *>(QApplication::activeModalWidget())) {
                    outcome.askedFor = dialog->address().url();
                    outcome.remember = dialog->rememberPassword();
                    QVERIFY(dialog->password().isEmpty());
                    dialog->reject();
                }
            });
            box->accept();
        });
        emit session->window().openRequested(server, QStringLiteral("kept-pw"),
                                             PasswordKeychain::Keeping::AsItIs);
        return outcome;
    };
    // Nothing listens on port 1: the connection is refused, and only that is told.
    const Outcome unreachable = openWithKept(QStringLiteral("postgresql://anna@127.0.0.1:1/s"));
    QVERIFY2(unreachable.told.contains(QStringLiteral("127.0.0.1")), qPrintable(unreachable.told));
    QVERIFY(!unreachable.told.contains(QStringLiteral("kept-pw")));
    QVERIFY(unreachable.askedFor.isEmpty());
    if (!TestSupport::onServer())
        QSKIP("a refused password needs a PostgreSQL server (BRIDGES_TEST_POSTGRESQL)");
    QUrl server(TestSupport::freshServerDatabase());
    server.setPassword(QString());
    const Outcome refused = openWithKept(server.toString());
    QVERIFY2(refused.told.contains(QStringLiteral("password"), Qt::CaseInsensitive),
             qPrintable(refused.told));
    QCOMPARE(QUrl(refused.askedFor).host(), server.host());
    QCOMPARE(QUrl(refused.askedFor).path(), server.path());
    QVERIFY(!refused.told.contains(QStringLiteral("kept-pw")));
    QVERIFY(refused.remember);
}

// The keychain is asked about a server only when it keeps a password for it, so that a locked
// keyring does not ask to be unlocked at every connection: the settings note which servers
// have one (their addresses, never the password). Where a keychain runs, a password stored is
// read back and forgotten; where none does (CI), storing fails and nothing is noted.
void TestConnecting::theKeychainIsAskedOnlyWhenItKeepsAPassword()
{
    const QString server = QStringLiteral("postgresql://anna@db.example.org:5432/sisters");
    QString error;
    QVERIFY(!Settings().passwordKept(server));
    QVERIFY(PasswordKeychain::read(server, &error).isEmpty());
    QVERIFY2(PasswordKeychain::forget(server, &error), qPrintable(error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (PasswordKeychain::store(server, QStringLiteral("s3cret"), &error)) {
        QVERIFY(Settings().passwordKept(server));
        QCOMPARE(PasswordKeychain::read(server, &error), QStringLiteral("s3cret"));
        QVERIFY2(PasswordKeychain::forget(server, &error), qPrintable(error));
    } else {
        QVERIFY(!error.isEmpty());
    }
    QVERIFY(!Settings().passwordKept(server));
    QSettings settings(QSettings::UserScope, QStringLiteral("Bridges"), QStringLiteral("Bridges"));
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(QStringLiteral("s3cret")));
}

QTEST_MAIN(TestConnecting)
#include "tst_connecting.moc"
