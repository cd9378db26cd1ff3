// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/roles.h"
#include "app/storage/database.h"
#include "app/storage/pairingstore.h"
#include "tests/support/guifixture.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testwindow.h"
#include "ui/editors/pairingeditor.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

// Editing pairings through the real window and form: a new pairing filled in and saved shows
// in the list, chosen; Undo and Redo take it away and bring it back; the form says what is
// wrong under the field and keeps Save disabled; an edit shows at once in the detail; Delete
// says what goes with the pairing and Undo brings it all back; a save over another copy's
// change is refused with the form left open; F5 shows what another copy saved.
class TestEditing : public QObject, private GuiFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void newPairingSavedUndoneAndRedone();
    void formShowsWhatIsWrongAndHoldsSave();
    void editShowsAtOnceAndUndoes();
    void deleteSaysWhatGoesAndUndoBringsItBack();
    void saveOverAnotherCopysChangeLetsTheUserChoose_data();
    void saveOverAnotherCopysChangeLetsTheUserChoose();
    void refreshShowsAnotherCopysChanges();
    void newPlaceMadeFromThePairingForm();
    void exchangesAddedEditedAndDeleted();
    void sourceCitedForAPairing();
    void historyJumpsAndStopsAtARefusal();
    void placeCorrectedFromThePairingForm();
};

void TestEditing::initTestCase()
{
    useTestLocations();
}

void TestEditing::init()
{
    freshDatabase();
}

void TestEditing::newPairingSavedUndoneAndRedone()
{
    TestWindow w(*m_db);
    const int before = sql(QStringLiteral("SELECT count(*) FROM pairings"));
    auto *newPairing = w.window->findChild<QAction *>(QStringLiteral("newPairingAction"));
    withDialog(newPairing, [&](QWidget *dialog) {
        QVERIFY(qobject_cast<PairingEditor *>(dialog));
        auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled()); // no places yet
        choose(dialog->findChild<QComboBox *>(QStringLiteral("chinesePlaceBox")),
               QStringLiteral("Nanjing"));
        choose(dialog->findChild<QComboBox *>(QStringLiteral("usPlaceBox")),
               QStringLiteral("Honolulu"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("establishedEdit")),
                         QStringLiteral("2024-05"));
        QVERIFY2(save->isEnabled(), qPrintable(save->toolTip()));
        save->click();
    });
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pairings")), before + 1);
    QCOMPARE(w.pairings.totalCount(), before + 1);
    QCOMPARE(w.text("titleLabel"), QStringLiteral("Nanjing – Honolulu")); // chosen in the list
    QCOMPARE(w.text("establishedLabel"), QStringLiteral("May 2024"));

    auto *undo = w.window->findChild<QAction *>(QStringLiteral("undoAction"));
    auto *redo = w.window->findChild<QAction *>(QStringLiteral("redoAction"));
    QCOMPARE(undo->text(), QStringLiteral("&Undo Add pairing Nanjing – Honolulu"));
    undo->trigger();
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pairings")), before);
    QCOMPARE(w.pairings.totalCount(), before);
    QVERIFY(!undo->isEnabled());
    QVERIFY(redo->isEnabled());
    QTest::keySequence(w.window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pairings")), before + 1);
    QCOMPARE(w.pairings.totalCount(), before + 1);
}

void TestEditing::formShowsWhatIsWrongAndHoldsSave()
{
    TestWindow w(*m_db);
    withDialog(
        w.window->findChild<QAction *>(QStringLiteral("newPairingAction")), [&](QWidget *dialog) {
            auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            choose(dialog->findChild<QComboBox *>(QStringLiteral("chinesePlaceBox")),
                   QStringLiteral("Nanjing"));
            choose(dialog->findChild<QComboBox *>(QStringLiteral("usPlaceBox")),
                   QStringLiteral("St. Louis"));
            // Paired already.
            auto *usProblem = dialog->findChild<QLabel *>(QStringLiteral("usPlaceProblem"));
            QVERIFY(usProblem->isVisible());
            QVERIFY(usProblem->text().contains(QStringLiteral("paired already")));
            QVERIFY(!save->isEnabled());
            choose(dialog->findChild<QComboBox *>(QStringLiteral("usPlaceBox")),
                   QStringLiteral("Honolulu"));
            QVERIFY(!usProblem->isVisible());
            QVERIFY(save->isEnabled());
            // A month that does not exist.
            auto *date = dialog->findChild<QLineEdit *>(QStringLiteral("establishedEdit"));
            QTest::keyClicks(date, QStringLiteral("2023-13"));
            auto *dateProblem = dialog->findChild<QLabel *>(QStringLiteral("establishedProblem"));
            QVERIFY(dateProblem->isVisible());
            QVERIFY(!save->isEnabled());
            date->clear();
            QVERIFY(save->isEnabled());
            // Cities cannot make a province/state pairing.
            auto *level = dialog->findChild<QComboBox *>(QStringLiteral("levelBox"));
            level->setCurrentIndex(level->findData(QStringLiteral("province_state")));
            QVERIFY(
                dialog->findChild<QLabel *>(QStringLiteral("chinesePlaceProblem"))->isVisible());
            QVERIFY(!save->isEnabled());
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        });
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pairings")), w.pairings.totalCount());
    QVERIFY(!w.window->findChild<QAction *>(QStringLiteral("undoAction"))->isEnabled());
}

void TestEditing::editShowsAtOnceAndUndoes()
{
    TestWindow w(*m_db);
    const qint64 id =
        TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
    w.window->showPairing(id);
    const QString notesBefore = w.text("notesLabel");
    withDialog(w.window->findChild<QAction *>(QStringLiteral("editPairingAction")),
               [&](QWidget *dialog) {
                   auto *notes = dialog->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"));
                   notes->setPlainText(QStringLiteral("Checked with the St. Louis office."));
                   auto *status = dialog->findChild<QComboBox *>(QStringLiteral("statusBox"));
                   status->setCurrentIndex(status->findData(QStringLiteral("active")));
                   dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
               });
    QCOMPARE(w.text("notesLabel"), QStringLiteral("Checked with the St. Louis office."));
    QCOMPARE(w.text("statusLabel"), QStringLiteral("Active"));
    QCOMPARE(w.text("titleLabel"), QStringLiteral("Nanjing – St. Louis")); // still chosen
    w.window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(w.text("notesLabel"), notesBefore);
    QCOMPARE(w.text("statusLabel"), QStringLiteral("Not recorded"));
}

void TestEditing::deleteSaysWhatGoesAndUndoBringsItBack()
{
    TestWindow w(*m_db);
    const qint64 id =
        TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
    w.window->showPairing(id);
    const int exchanges = sql(QStringLiteral("SELECT count(*) FROM exchanges"));
    QString question;
    withDialog(w.window->findChild<QAction *>(QStringLiteral("deletePairingAction")),
               [&](QWidget *dialog) {
                   auto *box = qobject_cast<QMessageBox *>(dialog);
                   QVERIFY(box);
                   question = box->text();
                   box->button(QMessageBox::Yes)->click();
               });
    QVERIFY2(question.contains(QStringLiteral("Nanjing – St. Louis")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("exchanges, which belong to no other pairing")),
             qPrintable(question));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pairings WHERE id = %1").arg(id)), 0);
    QVERIFY(sql(QStringLiteral("SELECT count(*) FROM exchanges")) < exchanges);
    QVERIFY(w.window->findChild<QLabel *>(QStringLiteral("emptyLabel"))->isVisible());
    w.window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pairings WHERE id = %1").arg(id)), 1);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM exchanges")), exchanges);
}

void TestEditing::saveOverAnotherCopysChangeLetsTheUserChoose_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("notes");  // in the database after
    QTest::addColumn<QString>("status"); // in the database after
    QTest::newRow("keep theirs") << "keepTheirs"
                                 << "Theirs"
                                 << "";
    QTest::newRow("overwrite with mine") << "overwrite"
                                         << "Mine"
                                         << "active";
    // Edit again: the form shows theirs with my changes on top; I write both notes and save.
    QTest::newRow("edit again") << "editAgain"
                                << "Theirs; and mine"
                                << "active";
}

void TestEditing::saveOverAnotherCopysChangeLetsTheUserChoose()
{
    QFETCH(QString, choice);
    QFETCH(QString, notes);
    QFETCH(QString, status);
    TestWindow w(*m_db);
    const qint64 id =
        TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
    w.window->showPairing(id);
    QStringList shown;
    QString formNotesAfter;
    withDialog(w.window->findChild<QAction *>(QStringLiteral("editPairingAction")),
               [&](QWidget *dialog) {
                   // Meanwhile another copy of the program changes the same pairing.
                   std::unique_ptr<Database> other = Database::openAnotherConnection(*m_db);
                   QSqlQuery(other->connection())
                       .exec(QStringLiteral("UPDATE pairings SET notes = 'Theirs', row_version "
                                            "= row_version + 1000 WHERE id = %1")
                                 .arg(id));
                   other.reset();
                   auto *notesEdit =
                       dialog->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"));
                   notesEdit->setPlainText(QStringLiteral("Mine"));
                   auto *statusBox = dialog->findChild<QComboBox *>(QStringLiteral("statusBox"));
                   statusBox->setCurrentIndex(statusBox->findData(QStringLiteral("active")));
                   QTimer::singleShot(0, [&] {
                       auto *conflict = QApplication::activeModalWidget();
                       QVERIFY(conflict);
                       QCOMPARE(conflict->objectName(), QStringLiteral("conflictDialog"));
                       shown = differencesShown(conflict);
                       conflict->findChild<QPushButton *>(choice)->click();
                   });
                   dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
                   if (choice == QLatin1String("editAgain")) {
                       QVERIFY(dialog->isVisible());
                       formNotesAfter = notesEdit->toPlainText();
                       QCOMPARE(statusBox->currentData().toString(), QStringLiteral("active"));
                       notesEdit->setPlainText(QStringLiteral("Theirs; and mine"));
                       dialog->findChild<QDialogButtonBox *>()
                           ->button(QDialogButtonBox::Save)
                           ->click();
                   }
                   QVERIFY(!dialog->isVisible());
               });
    QCOMPARE(shown, (QStringList{QStringLiteral("Status: Not recorded / Active"),
                                 QStringLiteral("Notes: Theirs / Mine")}));
    if (choice == QLatin1String("editAgain"))
        QCOMPARE(formNotesAfter, QStringLiteral("Mine")); // changed here, so mine is kept
    QCOMPARE(TestSupport::scalar(*m_db,
                                 QStringLiteral("SELECT notes FROM pairings WHERE id = %1").arg(id))
                 .toString(),
             notes);
    QCOMPARE(TestSupport::scalar(*m_db, QStringLiteral("SELECT coalesce(status, '') FROM pairings "
                                                       "WHERE id = %1")
                                            .arg(id))
                 .toString(),
             status);
}

void TestEditing::refreshShowsAnotherCopysChanges()
{
    TestWindow w(*m_db);
    const qint64 before = w.pairings.totalCount();
    std::unique_ptr<Database> other = Database::openAnotherConnection(*m_db);
    QSqlQuery(other->connection())
        .exec(QStringLiteral("INSERT INTO pairings (chinese_place_id, us_place_id, relation, "
                             "level) SELECT c.id, u.id, 'sister', 'city' FROM places c, places u "
                             "WHERE c.name_en = 'Nanjing' AND u.name_en = 'Honolulu'"));
    other.reset();
    QCOMPARE(w.pairings.totalCount(), before); // not until asked
    QTest::keyClick(w.window.get(), Qt::Key_F5);
    QCOMPARE(w.pairings.totalCount(), before + 1);
}

void TestEditing::newPlaceMadeFromThePairingForm()
{
    TestWindow w(*m_db);
    const int places = sql(QStringLiteral("SELECT count(*) FROM places"));
    withDialog(
        w.window->findChild<QAction *>(QStringLiteral("newPairingAction")), [&](QWidget *form) {
            choose(form->findChild<QComboBox *>(QStringLiteral("chinesePlaceBox")),
                   QStringLiteral("Nanjing"));
            bool placeSaved = false;
            QTimer::singleShot(0, [&] {
                QWidget *dialog = QApplication::activeModalWidget();
                QVERIFY(dialog && dialog != form);
                auto *save =
                    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
                QVERIFY(!save->isEnabled()); // no name yet
                QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEnEdit")),
                                 QStringLiteral("Springfield"));
                auto *latitude = dialog->findChild<QLineEdit *>(QStringLiteral("latitudeEdit"));
                QTest::keyClicks(latitude, QStringLiteral("239.8"));
                QVERIFY(
                    dialog->findChild<QLabel *>(QStringLiteral("coordinatesProblem"))->isVisible());
                QVERIFY(!save->isEnabled());
                latitude->setText(QStringLiteral("39.8"));
                QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("longitudeEdit")),
                                 QStringLiteral("-89.65"));
                QVERIFY2(save->isEnabled(), qPrintable(save->toolTip()));
                save->click();
                placeSaved = true;
            });
            form->findChild<QPushButton *>(QStringLiteral("newUsPlaceButton"))->click();
            QVERIFY(placeSaved);
            // The new place is chosen, and the Chinese one still is.
            QVERIFY(form->findChild<QComboBox *>(QStringLiteral("usPlaceBox"))
                        ->currentText()
                        .startsWith(QStringLiteral("Springfield")));
            QVERIFY(form->findChild<QComboBox *>(QStringLiteral("chinesePlaceBox"))
                        ->currentText()
                        .startsWith(QStringLiteral("Nanjing")));
            form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM places")), places + 1);
    QCOMPARE(w.text("titleLabel"), QStringLiteral("Nanjing – Springfield"));
    QVERIFY(w.text("usPlaceLabel").contains(QStringLiteral("39.8")));
    // Two steps: the pairing, then the place.
    auto *undo = w.window->findChild<QAction *>(QStringLiteral("undoAction"));
    undo->trigger();
    QCOMPARE(undo->text(), QStringLiteral("&Undo Add place Springfield"));
    undo->trigger();
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM places")), places);
}

void TestEditing::exchangesAddedEditedAndDeleted()
{
    TestWindow w(*m_db);
    const qint64 pairing =
        TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
    w.window->showPairing(pairing);
    const QString ofPairing =
        QStringLiteral("SELECT count(*) FROM exchange_pairings WHERE pairing_id = %1").arg(pairing);
    const int before = sql(ofPairing);
    withDialog(
        w.window->findChild<QAction *>(QStringLiteral("newExchangeAction")), [&](QWidget *dialog) {
            // It starts linked to the chosen pairing.
            auto *linked = dialog->findChild<QWidget *>(QStringLiteral("pairingLinks"))
                               ->findChild<QListWidget *>(QStringLiteral("chosen"));
            QCOMPARE(linked->count(), 1);
            QCOMPARE(linked->item(0)->text(), QStringLiteral("Nanjing – St. Louis"));
            auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            QVERIFY(!save->isEnabled()); // no title
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                             QStringLiteral("Jazz students play in Nanjing"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("dateEdit")),
                             QStringLiteral("2025-10"));
            auto *end = dialog->findChild<QLineEdit *>(QStringLiteral("endDateEdit"));
            QTest::keyClicks(end, QStringLiteral("2025-09"));
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("dateProblem"))->isVisible());
            QVERIFY(!save->isEnabled());
            end->setText(QStringLiteral("2025-11"));
            QVERIFY2(save->isEnabled(), qPrintable(save->toolTip()));
            save->click();
        });
    QCOMPARE(sql(ofPairing), before + 1);
    QCOMPARE(w.text("exchangesCaption"), QStringLiteral("Exchanges (%1)").arg(before + 1));

    // In the exchanges list, F2 edits the chosen exchange and Delete deletes it.
    auto *lists = w.window->findChild<QTabWidget *>(QStringLiteral("lists"));
    lists->setCurrentIndex(1);
    QTableView *exchanges = w.view("exchangesView");
    const int row = [&] {
        for (int r = 0; r < w.exchanges.rowCount(); ++r) {
            if (w.exchanges.index(r, ExchangeListModel::Title)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Jazz")))
                return r;
        }
        return -1;
    }();
    QVERIFY(row >= 0);
    exchanges->setCurrentIndex(w.exchanges.index(row, 0));
    QApplication::setActiveWindow(w.window.get()); // shortcuts go to the active window
    exchanges->setFocus();
    QVERIFY(!w.window->findChild<QAction *>(QStringLiteral("deletePairingAction"))->isEnabled());
    bool edited = false;
    QTimer::singleShot(0, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        QCOMPARE(title->text(), QStringLiteral("Jazz students play in Nanjing"));
        title->setText(QStringLiteral("Jazz students play in Nanjing and Suzhou"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        edited = true;
    });
    QTest::keyClick(exchanges, Qt::Key_F2);
    QVERIFY(edited);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM exchanges WHERE title = 'Jazz students play "
                                "in Nanjing and Suzhou'")),
             1);
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    QApplication::setActiveWindow(w.window.get());
    // The edited exchange is still the chosen one.
    QVERIFY(exchanges->currentIndex()
                .siblingAtColumn(ExchangeListModel::Title)
                .data()
                .toString()
                .startsWith(QStringLiteral("Jazz")));
    QTest::keyClick(exchanges, Qt::Key_Delete);
    QCOMPARE(sql(ofPairing), before);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pairings WHERE id = %1").arg(pairing)), 1);
    // Three steps back: the deletion, the edit, the addition.
    auto *undo = w.window->findChild<QAction *>(QStringLiteral("undoAction"));
    undo->trigger();
    QCOMPARE(sql(ofPairing), before + 1);
    undo->trigger();
    undo->trigger();
    QCOMPARE(sql(ofPairing), before);
}

void TestEditing::sourceCitedForAPairing()
{
    TestWindow w(*m_db);
    w.window->showPairing(
        TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis")));
    withDialog(
        w.window->findChild<QAction *>(QStringLiteral("citeSourceAction")), [&](QWidget *dialog) {
            QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("citedForLabel"))->text(),
                     QStringLiteral("Nanjing – St. Louis"));
            auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
            auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            QTest::keyClicks(url, QStringLiteral("stlouis-mo.gov/nanjing"));
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("urlProblem"))->isVisible());
            QVERIFY(!save->isEnabled());
            url->setText(QStringLiteral("https://www.stlouis-mo.gov/nanjing"));
            QVERIFY(save->isEnabled());
            save->click();
        });
    QVERIFY2(w.text("sourcesLabel").contains(QStringLiteral("https://www.stlouis-mo.gov/nanjing")),
             qPrintable(w.text("sourcesLabel")));
    w.window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QVERIFY(!w.text("sourcesLabel").contains(QStringLiteral("stlouis-mo.gov/nanjing")));
}

void TestEditing::historyJumpsAndStopsAtARefusal()
{
    TestWindow w(*m_db);
    const qint64 id =
        TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
    const QString notes =
        QStringLiteral("SELECT coalesce(notes, '') FROM pairings WHERE id = %1").arg(id);
    const QString original = TestSupport::scalar(*m_db, notes).toString();
    for (const QString &text : {QStringLiteral("First"), QStringLiteral("Second")}) {
        const Pairing read = *PairingStore(*m_db).byId(id);
        Pairing changed = read;
        changed.notes = text;
        QString error;
        QVERIFY(w.commands.editPairing(read, changed, &error));
    }
    w.window->findChild<QAction *>(QStringLiteral("undoHistoryAction"))->trigger();
    auto *history = w.window->findChild<QListWidget *>(QStringLiteral("undoHistory"));
    QVERIFY(history && history->isVisible());
    QCOMPARE(history->count(), 3); // as opened, and the two steps
    QCOMPARE(history->currentRow(), 2);
    auto click = [history](int row) {
        QTest::mouseClick(history->viewport(), Qt::LeftButton, {},
                          history->visualItemRect(history->item(row)).center());
    };
    click(0);
    QCOMPARE(TestSupport::scalar(*m_db, notes).toString(), original);
    QCOMPARE(w.commands.stack()->index(), 0);
    click(2);
    QCOMPARE(TestSupport::scalar(*m_db, notes).toString(), QStringLiteral("Second"));
    // Another copy changes the pairing: going back stops at once, with a message.
    std::unique_ptr<Database> other = Database::openAnotherConnection(*m_db);
    QSqlQuery(other->connection())
        .exec(QStringLiteral("UPDATE pairings SET notes = 'Theirs', row_version = row_version + "
                             "1 WHERE id = %1")
                  .arg(id));
    other.reset();
    QString message;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        message = box->text();
        box->accept();
    });
    click(0);
    QVERIFY2(message.contains(QStringLiteral("changed or removed elsewhere")), qPrintable(message));
    QCOMPARE(w.commands.stack()->index(), 2);
    QCOMPARE(history->currentRow(), 2);
    QCOMPARE(TestSupport::scalar(*m_db, notes).toString(), QStringLiteral("Theirs"));
}

void TestEditing::placeCorrectedFromThePairingForm()
{
    TestWindow w(*m_db);
    w.window->showPairing(
        TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis")));
    const QString usBefore = w.text("usPlaceLabel");
    withDialog(
        w.window->findChild<QAction *>(QStringLiteral("editPairingAction")), [&](QWidget *form) {
            bool corrected = false;
            QTimer::singleShot(0, [&] {
                QWidget *dialog = QApplication::activeModalWidget();
                QVERIFY(dialog && dialog != form);
                auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEnEdit"));
                QCOMPARE(name->text(), QStringLiteral("St. Louis"));
                auto *latitude = dialog->findChild<QLineEdit *>(QStringLiteral("latitudeEdit"));
                QVERIFY(!latitude->text().isEmpty()); // the coordinates it has
                latitude->setText(QStringLiteral("38.5"));
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
                corrected = true;
            });
            form->findChild<QPushButton *>(QStringLiteral("editUsPlaceButton"))->click();
            QVERIFY(corrected);
            // Still the same place chosen, and nothing else changed: cancel the pairing.
            QVERIFY(form->findChild<QComboBox *>(QStringLiteral("usPlaceBox"))
                        ->currentText()
                        .startsWith(QStringLiteral("St. Louis")));
            static_cast<QDialog *>(form)->reject();
        });
    QVERIFY2(w.text("usPlaceLabel").contains(QStringLiteral("38.500° N")),
             qPrintable(w.text("usPlaceLabel")));
    w.window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(w.text("usPlaceLabel"), usBefore);
}

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
