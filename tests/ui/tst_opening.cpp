// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session.h"
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

// File > Open… and File > New Database… through the real window: the file chosen opens in
// the window's place, as File > Open Recent opens one; a new database is made from the shipped
// data or empty, as the user answers, and an empty one stays empty when opened again; a file
// that cannot be opened is refused with the program's own message, and the window stays on its
// database.
class TestOpening : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void openTakesTheFileChosen();
    void openRefusesWhatItCannotOpen_data();
    void openRefusesWhatItCannotOpen();
    void newDatabaseFromTheShippedData();
    void newEmptyDatabaseStaysEmpty();
    void newDatabaseCannotReplaceTheOneInUse();

private:
    // Triggers the window's action; answers the file dialog it opens with path (after ask, the
    // message box asking which new database, when given), and reports what a message box said
    // after that, if one came.
    static QString answer(Session &session, const char *action, const QString &path,
                          const char *buttonInAsk = nullptr);
    std::unique_ptr<Session> open(const QString &path);
    static int count(const Database &database, const char *table);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestOpening::init()
{
    QSettings(QSettings::UserScope, QStringLiteral("Bridges"), QStringLiteral("Bridges")).clear();
    m_dir = std::make_unique<QTemporaryDir>();
}

std::unique_ptr<Session> TestOpening::open(const QString &path)
{
    QString error;
    auto session = Session::open(path, QString(), &error);
    if (!session)
        qWarning("%s", qPrintable(error));
    else
        session->window().show();
    return session;
}

int TestOpening::count(const Database &database, const char *table)
{
    return TestSupport::scalar(database,
                               QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        .toInt();
}

QString TestOpening::answer(Session &session, const char *action, const QString &path,
                            const char *buttonInAsk)
{
    QString told;
    bool answered = false;
    QObject answering; // what is still waiting when this returns waits no more
    const std::function<void()> fileDialog = [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->selectFile(path);
        // The file dialog may ask before replacing a file (yes); a refusal comes as a message
        // box once the dialog has closed.
        std::function<void()> afterwards = [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (QAbstractButton *yes = box->button(QMessageBox::Yes)) {
                QTimer::singleShot(0, &answering, afterwards);
                yes->click();
                return;
            }
            told = box->text();
            box->accept();
        };
        QTimer::singleShot(0, &answering, afterwards);
        QMetaObject::invokeMethod(dialog, "accept"); // as Open or Save does
        answered = true;
    };
    QTimer::singleShot(0, &answering, [&] {
        if (!buttonInAsk) {
            fileDialog();
            return;
        }
        auto *ask = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(ask);
        QCOMPARE(ask->objectName(), QStringLiteral("newDatabaseBox"));
        QTimer::singleShot(0, &answering, fileDialog);
        ask->findChild<QPushButton *>(QLatin1String(buttonInAsk))->click();
    });
    auto *trigger = session.window().findChild<QAction *>(QLatin1String(action));
    if (!trigger) {
        qWarning("no action %s", action);
        return told;
    }
    trigger->trigger();
    if (!answered)
        qWarning("the file dialog never came");
    return told;
}

void TestOpening::openTakesTheFileChosen()
{
    const QString first = m_dir->filePath(QStringLiteral("first.sqlite"));
    const QString second = m_dir->filePath(QStringLiteral("second.sqlite"));
    TestSupport::createWithShippedData(*m_dir, QStringLiteral("second.sqlite"));
    auto session = open(first);
    QVERIFY(session);
    auto *action = session->window().findChild<QAction *>(QStringLiteral("openDatabaseAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Open));
    QSignalSpy replaced(session.get(), &Session::replacedBy);
    const QString told = answer(*session, "openDatabaseAction", second);
    QVERIFY2(told.isEmpty(), qPrintable(told));
    QCOMPARE(replaced.count(), 1);
    std::unique_ptr<Session> next(replaced.at(0).at(0).value<Session *>());
    QCOMPARE(next->database().location(), second);
    QVERIFY(next->window().isVisible());
    QVERIFY(!session->window().isVisible());
    QCOMPARE(Settings().recentDatabases().value(0), second);
}

void TestOpening::openRefusesWhatItCannotOpen_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("wording");
    QTest::newRow("not a database") << "text"
                                    << "is not a Bridges database";
    QTest::newRow("newer Bridges") << "newer"
                                   << "newer version of Bridges";
}

void TestOpening::openRefusesWhatItCannotOpen()
{
    QFETCH(QString, kind);
    QFETCH(QString, wording);
    const QString path = m_dir->filePath(QStringLiteral("other.sqlite"));
    if (kind == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("level,relation\ncity,sister\n");
    } else {
        auto newer = TestSupport::createEmpty(*m_dir, QStringLiteral("other.sqlite"));
        TestSupport::execute(*newer, QStringLiteral("INSERT INTO bridges_schema VALUES "
                                                    "(99, '2030-01-01T00:00:00Z')"));
        TestSupport::execute(*newer, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const QByteArray before = TestSupport::digest(path);
    const QString first = m_dir->filePath(QStringLiteral("first.sqlite"));
    auto session = open(first);
    QVERIFY(session);
    QSignalSpy replaced(session.get(), &Session::replacedBy);
    const QString told = answer(*session, "openDatabaseAction", path);
    QVERIFY2(told.contains(wording), qPrintable(told));
    QCOMPARE(replaced.count(), 0);
    QVERIFY(session->window().isVisible());
    QCOMPARE(session->database().location(), first);
    QCOMPARE(TestSupport::digest(path), before);
}

void TestOpening::newDatabaseFromTheShippedData()
{
    const QString first = m_dir->filePath(QStringLiteral("first.sqlite"));
    const QString made = m_dir->filePath(QStringLiteral("made.sqlite"));
    auto session = open(first);
    QVERIFY(session);
    auto *action = session->window().findChild<QAction *>(QStringLiteral("newDatabaseAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::New));
    QSignalSpy replaced(session.get(), &Session::replacedBy);
    const QString told = answer(*session, "newDatabaseAction", made, "shippedDataButton");
    QVERIFY2(told.isEmpty(), qPrintable(told));
    QCOMPARE(replaced.count(), 1);
    std::unique_ptr<Session> next(replaced.at(0).at(0).value<Session *>());
    QCOMPARE(next->database().location(), made);
    QCOMPARE(count(next->database(), "pairings"), count(session->database(), "pairings"));
    QCOMPARE(count(next->database(), "exchanges"), count(session->database(), "exchanges"));
    QVERIFY(next->window().windowTitle().startsWith(QStringLiteral("made.sqlite")));
    QCOMPARE(Settings().recentDatabases().value(0), made);
    // Nothing is left beside it.
    QVERIFY(!QFile::exists(made + QStringLiteral(".new")));
}

void TestOpening::newEmptyDatabaseStaysEmpty()
{
    const QString first = m_dir->filePath(QStringLiteral("first.sqlite"));
    const QString made = m_dir->filePath(QStringLiteral("mine.sqlite"));
    // A file of that name is replaced, as the file dialog asked.
    {
        QFile old(made);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an old file");
    }
    auto session = open(first);
    QVERIFY(session);
    QSignalSpy replaced(session.get(), &Session::replacedBy);
    const QString told = answer(*session, "newDatabaseAction", made, "emptyButton");
    QVERIFY2(told.isEmpty(), qPrintable(told));
    QCOMPARE(replaced.count(), 1);
    std::unique_ptr<Session> next(replaced.at(0).at(0).value<Session *>());
    QCOMPARE(next->database().location(), made);
    QCOMPARE(count(next->database(), "pairings"), 0);
    QCOMPARE(count(next->database(), "places"), 0);
    next.reset();
    // Opened again, it is not filled with the shipped data as a new file would be.
    auto again = open(made);
    QVERIFY(again);
    QCOMPARE(count(again->database(), "places"), 0);
}

void TestOpening::newDatabaseCannotReplaceTheOneInUse()
{
    const QString first = m_dir->filePath(QStringLiteral("first.sqlite"));
    auto session = open(first);
    QVERIFY(session);
    const int pairings = count(session->database(), "pairings");
    QSignalSpy replaced(session.get(), &Session::replacedBy);
    const QString told = answer(*session, "newDatabaseAction", first, "emptyButton");
    QVERIFY2(told.contains(QStringLiteral("is the database in use")), qPrintable(told));
    QCOMPARE(replaced.count(), 0);
    QCOMPARE(count(session->database(), "pairings"), pairings);
}

QTEST_MAIN(TestOpening)
#include "tst_opening.moc"
