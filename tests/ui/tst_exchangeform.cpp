// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/exchangelistmodel.h"
#include "app/models/roles.h"
#include "app/storage/database.h"
#include "tests/support/guifixture.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testwindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

// The exchange form's links through the real widgets: pairings, institutions and sources found
// by typing part of a name, a new institution made from the form, a link taken off with
// Delete; each step undone.
class TestExchangeForm : public QObject, private GuiFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { useTestLocations(); }
    void init() { freshDatabase(); }
    void exchangeLinksChosenInTheForm();
    void anExchangeSavedElsewhereMeanwhileIsEditedAgain();
};

// The exchange form links pairings, institutions and sources by typing part of a name, makes a
// new institution on the spot, and takes links off; each comes back with undo.
void TestExchangeForm::exchangeLinksChosenInTheForm()
{
    TestWindow w(*m_db);
    const qint64 nanjing =
        TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
    const qint64 hubei =
        TestSupport::pairingId(*m_db, QStringLiteral("Hubei"), QStringLiteral("Ohio"));
    QVERIFY(nanjing && hubei);
    w.window->showPairing(nanjing);
    const int sources = sql(QStringLiteral("SELECT count(*) FROM sources"));
    withDialog(
        w.window->findChild<QAction *>(QStringLiteral("newExchangeAction")), [&](QWidget *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                             QStringLiteral("Governors' trade mission"));
            // Another pairing, found by part of its name; Return adds it, not saves the form.
            auto *pairings = dialog->findChild<QWidget *>(QStringLiteral("pairingLinks"));
            auto *picker = pairings->findChild<QComboBox *>(QStringLiteral("picker"));
            picker->setFocus();
            QTest::keyClicks(picker->lineEdit(), QStringLiteral("ohio"));
            QAbstractItemView *offered = picker->completer()->popup();
            QTRY_VERIFY(offered->isVisible());
            QCOMPARE(offered->model()->rowCount(), 1);
            QTest::keyClick(offered, Qt::Key_Down);
            QTest::keyClick(offered, Qt::Key_Return);
            QCOMPARE(picker->currentText(), QStringLiteral("Hubei – Ohio"));
            QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            QCOMPARE(pairings->findChild<QListWidget *>(QStringLiteral("chosen"))->count(), 2);
            // A new institution, made from the form and linked at once.
            auto *institutions = dialog->findChild<QWidget *>(QStringLiteral("institutionLinks"));
            bool made = false;
            QTimer::singleShot(0, [&] {
                QWidget *form = QApplication::activeModalWidget();
                QVERIFY(form && form != dialog);
                auto *save = form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
                QVERIFY(!save->isEnabled()); // no name yet
                QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("nameEnEdit")),
                                 QStringLiteral("Ohio Chamber of Commerce"));
                auto *kind = form->findChild<QComboBox *>(QStringLiteral("kindBox"));
                kind->setCurrentIndex(kind->findData(QStringLiteral("association")));
                auto *url = form->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
                QTest::keyClicks(url, QStringLiteral("not an address"));
                QVERIFY(form->findChild<QLabel *>(QStringLiteral("urlProblem"))->isVisible());
                QVERIFY(!save->isEnabled());
                url->setText(QStringLiteral("https://ohiochamber.com/"));
                choose(form->findChild<QComboBox *>(QStringLiteral("placeBox")),
                       QStringLiteral("Ohio"));
                QVERIFY2(save->isEnabled(), qPrintable(save->toolTip()));
                save->click();
                made = true;
            });
            institutions->findChild<QPushButton *>(QStringLiteral("newButton"))->click();
            QVERIFY(made);
            auto *chosenInstitutions =
                institutions->findChild<QListWidget *>(QStringLiteral("chosen"));
            QCOMPARE(chosenInstitutions->count(), 1);
            // Named with its place, as two institutions may share a name.
            QCOMPARE(chosenInstitutions->item(0)->text(),
                     QStringLiteral("Ohio Chamber of Commerce · Ohio"));
            // The institutions were read again with the new one; the box did not pick one.
            auto *institutionPicker =
                institutions->findChild<QComboBox *>(QStringLiteral("picker"));
            QCOMPARE(institutionPicker->count(), 1);
            QCOMPARE(institutionPicker->currentIndex(), -1);
            QVERIFY(
                !institutions->findChild<QPushButton *>(QStringLiteral("addButton"))->isEnabled());
            // An existing source, by part of its title or address.
            auto *sourceLinks = dialog->findChild<QWidget *>(QStringLiteral("sourceLinks"));
            auto *sourcePicker = sourceLinks->findChild<QComboBox *>(QStringLiteral("picker"));
            QCOMPARE(sourcePicker->currentIndex(), -1);
            sourcePicker->setCurrentIndex(0);
            const QString firstSource = sourcePicker->currentText();
            sourceLinks->findChild<QPushButton *>(QStringLiteral("addButton"))->click();
            QCOMPARE(
                sourceLinks->findChild<QListWidget *>(QStringLiteral("chosen"))->item(0)->text(),
                firstSource);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
    const int exchange = sql(QStringLiteral("SELECT id FROM exchanges WHERE title = 'Governors'' "
                                            "trade mission'"));
    QVERIFY(exchange > 0);
    QCOMPARE(
        TestSupport::scalar(*m_db, QStringLiteral("SELECT group_concat(pairing_id) FROM "
                                                  "(SELECT pairing_id FROM exchange_pairings "
                                                  "WHERE exchange_id = %1 ORDER BY pairing_id)")
                                       .arg(exchange))
            .toString(),
        QStringLiteral("%1,%2").arg(std::min(nanjing, hubei)).arg(std::max(nanjing, hubei)));
    QCOMPARE(TestSupport::scalar(*m_db, QStringLiteral("SELECT i.name_en || '|' || i.kind || '|' "
                                                       "|| p.name_en FROM exchange_institutions ei "
                                                       "JOIN institutions i ON i.id = "
                                                       "ei.institution_id JOIN places p ON p.id = "
                                                       "i.place_id WHERE ei.exchange_id = %1")
                                            .arg(exchange))
                 .toString(),
             QStringLiteral("Ohio Chamber of Commerce|association|Ohio"));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM exchange_sources WHERE exchange_id = %1")
                     .arg(exchange)),
             1);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM sources")), sources);

    // Edited: the second pairing taken off (Delete in the list), the rest kept.
    w.window->findChild<QTabWidget *>(QStringLiteral("lists"))->setCurrentIndex(1);
    QTableView *exchanges = w.view("exchangesView");
    // Undated, it comes last: every row is read first.
    while (w.exchanges.canFetchMore({}))
        w.exchanges.fetchMore({});
    const QModelIndexList found =
        w.exchanges.match(w.exchanges.index(0, ExchangeListModel::Title), Qt::DisplayRole,
                          QStringLiteral("Governors' trade mission"), 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    exchanges->setCurrentIndex(found.first());
    QApplication::setActiveWindow(w.window.get());
    exchanges->setFocus();
    bool edited = false;
    QTimer::singleShot(0, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        {
            auto *chosen = dialog->findChild<QWidget *>(QStringLiteral("pairingLinks"))
                               ->findChild<QListWidget *>(QStringLiteral("chosen"));
            QCOMPARE(chosen->count(), 2);
            const auto ohio = chosen->findItems(QStringLiteral("Hubei – Ohio"), Qt::MatchExactly);
            QCOMPARE(ohio.size(), 1);
            chosen->setCurrentItem(ohio.first());
            QApplication::setActiveWindow(dialog); // as a window manager does for a dialog
            chosen->setFocus();
            QTest::keyClick(chosen, Qt::Key_Delete);
            QCOMPARE(chosen->count(), 1);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        }
        edited = true;
    });
    QTest::keyClick(exchanges, Qt::Key_F2);
    QVERIFY(edited);
    const QString ofExchange =
        QStringLiteral("SELECT count(*) FROM exchange_pairings WHERE exchange_id = %1")
            .arg(exchange);
    QCOMPARE(sql(ofExchange), 1);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM exchange_institutions WHERE exchange_id = %1")
                     .arg(exchange)),
             1);
    auto *undo = w.window->findChild<QAction *>(QStringLiteral("undoAction"));
    QCOMPARE(undo->text(), QStringLiteral("&Undo Edit exchange “Governors' trade mission”"));
    undo->trigger();
    QCOMPARE(sql(ofExchange), 2);
    undo->trigger(); // the exchange
    undo->trigger(); // the institution
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM institutions")), 0);
}

// Someone else retitles the exchange being edited here and saves first. Saving shows both
// versions where they differ; "Edit again" gives their title with this user's description,
// and both land.
void TestExchangeForm::anExchangeSavedElsewhereMeanwhileIsEditedAgain()
{
    TestWindow w(*m_db);
    w.window->findChild<QTabWidget *>(QStringLiteral("lists"))->setCurrentIndex(1);
    QTableView *list = w.view("exchangesView");
    list->setCurrentIndex(list->model()->index(0, 0));
    const qint64 id = list->currentIndex().data(Roles::RecordIdRole).toLongLong();
    QVERIFY(id > 0);
    const QString title =
        TestSupport::scalar(*m_db,
                            QStringLiteral("SELECT title FROM exchanges WHERE id = %1").arg(id))
            .toString();
    QStringList shown;
    withDialog(
        w.window->findChild<QAction *>(QStringLiteral("editExchangeAction")), [&](QWidget *dialog) {
            std::unique_ptr<Database> other = Database::openAnotherConnection(*m_db);
            QVERIFY(QSqlQuery(other->connection())
                        .exec(QStringLiteral("UPDATE exchanges SET title = 'Retitled "
                                             "elsewhere', row_version = row_version + "
                                             "1000 WHERE id = %1")
                                  .arg(id)));
            other.reset();
            auto *description =
                dialog->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"));
            description->setPlainText(QStringLiteral("Mine"));
            // And a source cited, on the Sources tab, which is not in view when saving.
            auto *sourceLinks = dialog->findChild<QWidget *>(QStringLiteral("sourceLinks"));
            auto *sourcePicker = sourceLinks->findChild<QComboBox *>(QStringLiteral("picker"));
            auto *sourcesChosen = sourceLinks->findChild<QListWidget *>(QStringLiteral("chosen"));
            const int sourcesBefore = sourcesChosen->count();
            sourcePicker->setCurrentIndex(sourcePicker->count() - 1);
            sourceLinks->findChild<QPushButton *>(QStringLiteral("addButton"))->click();
            QCOMPARE(sourcesChosen->count(), sourcesBefore + 1);
            QVERIFY(!sourceLinks->isVisible());
            QTimer::singleShot(0, [&] {
                auto *conflict = QApplication::activeModalWidget();
                QVERIFY(conflict && conflict != dialog);
                shown = differencesShown(conflict);
                conflict->findChild<QPushButton *>(QStringLiteral("editAgain"))->click();
            });
            auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            save->click();
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->text(),
                     QStringLiteral("Retitled elsewhere"));
            QCOMPARE(sourcesChosen->count(), sourcesBefore + 1); // kept, though not in view
            QCOMPARE(description->toPlainText(), QStringLiteral("Mine"));
            save->click();
            QVERIFY(!dialog->isVisible());
        });
    QCOMPARE(shown.size(), 3);
    QCOMPARE(shown.at(0), QStringLiteral("Title: Retitled elsewhere / %1").arg(title));
    QVERIFY2(shown.at(1).startsWith(QStringLiteral("Description: ")) &&
                 shown.at(1).endsWith(QStringLiteral(" / Mine")),
             qPrintable(shown.at(1)));
    QVERIFY2(shown.at(2).startsWith(QStringLiteral("Sources: ")), qPrintable(shown.at(2)));
    QCOMPARE(TestSupport::scalar(*m_db, QStringLiteral("SELECT title || '|' || description FROM "
                                                       "exchanges WHERE id = %1")
                                            .arg(id))
                 .toString(),
             QStringLiteral("Retitled elsewhere|Mine"));
}

QTEST_MAIN(TestExchangeForm)
#include "tst_exchangeform.moc"
