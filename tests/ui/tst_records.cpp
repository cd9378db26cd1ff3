// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/roles.h"
#include "app/storage/database.h"
#include "tests/support/guifixture.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testwindow.h"
#include "ui/dialogs/recordsdialog.h"
#include "ui/panes/recordlistpage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

// Edit > Places, Institutions and Sources… through the real widgets: finding a record by
// typing, a deletion refused while a pairing names the place (and the message saying so),
// a new place made, deleted with Delete and brought back with undo, an institution made with
// Insert and corrected with F2, a source corrected with Enter.
class TestRecords : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void placesFoundRefusedMadeAndDeleted();
    void institutionMadeAndCorrectedByKeyboard();
    void sourceCorrectedWithEnter();
    void aPlaceSavedElsewhereMeanwhileIsKeptAsTheySavedIt();

private:
    RecordsDialog *open(TestWindow &w);
    // Runs answer on the next modal dialog that opens while act runs; false if none opened.
    static bool onNextDialog(const std::function<void()> &act,
                             const std::function<void(QWidget *)> &answer);
    static void press(RecordListPage *page, int key);
    int sql(const QString &query) const { return TestSupport::scalar(*m_db, query).toInt(); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestRecords::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRecords::init()
{
    QSettings(QSettings::UserScope, QStringLiteral("Bridges"), QStringLiteral("Bridges")).clear();
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = TestSupport::createWithShippedData(*m_dir);
}

RecordsDialog *TestRecords::open(TestWindow &w)
{
    w.window->findChild<QAction *>(QStringLiteral("recordsAction"))->trigger();
    auto *dialog = w.window->findChild<RecordsDialog *>(QStringLiteral("recordsDialog"));
    if (dialog) {
        QApplication::setActiveWindow(dialog);
        if (!QTest::qWaitForWindowExposed(dialog))
            qWarning("the records dialog was not shown");
    }
    return dialog;
}

bool TestRecords::onNextDialog(const std::function<void()> &act,
                               const std::function<void(QWidget *)> &answer)
{
    bool ran = false;
    QTimer::singleShot(0, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        QApplication::setActiveWindow(dialog);
        answer(dialog);
        ran = true;
    });
    act();
    return ran;
}

void TestRecords::press(RecordListPage *page, int key)
{
    QApplication::setActiveWindow(page->window());
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key(key));
}

void TestRecords::placesFoundRefusedMadeAndDeleted()
{
    TestWindow w(*m_db);
    RecordsDialog *dialog = open(w);
    QVERIFY(dialog && dialog->isVisible());
    RecordListPage *places = dialog->page(RecordKind::Place);
    const int all = sql(QStringLiteral("SELECT count(*) FROM places"));
    QCOMPARE(places->view()->model()->rowCount(), all);
    // The table's context menu offers what the buttons do.
    QCOMPARE(places->view()->contextMenuPolicy(), Qt::ActionsContextMenu);
    QStringList menu;
    for (QAction *action : places->view()->actions())
        menu << action->text();
    QCOMPARE(menu, (QStringList{QStringLiteral("&New…"), QStringLiteral("&Edit…"),
                                QStringLiteral("&Delete…")}));
    QCOMPARE(places->findChild<QLabel *>(QStringLiteral("countLabel"))->text(),
             QStringLiteral("%1 places").arg(all));

    // Typing keeps the rows that contain it, in any column (here the Chinese name).
    QTest::keyClicks(places->findChild<QLineEdit *>(QStringLiteral("searchBox")),
                     QStringLiteral("nanjing"));
    QCOMPARE(places->view()->model()->rowCount(), 1);
    QVERIFY(places->findChild<QLabel *>(QStringLiteral("countLabel"))
                ->text()
                .startsWith(QStringLiteral("1 of ")));
    places->view()->setCurrentIndex(places->view()->model()->index(0, 0));

    // Nanjing is named by pairings: Delete says so, and nothing goes.
    const QString dumpBefore = TestSupport::dump(*m_db);
    QString told;
    QVERIFY(onNextDialog([&] { press(places, Qt::Key_Delete); },
                         [&](QWidget *box) {
                             told = qobject_cast<QMessageBox *>(box)->text();
                             box->close();
                         }));
    QVERIFY2(told.contains(QStringLiteral("“Nanjing” is still in use by")), qPrintable(told));
    QVERIFY(told.contains(QStringLiteral("pairings")));
    QCOMPARE(TestSupport::dump(*m_db), dumpBefore);

    // A new place in China, from the New button's menu.
    places->findChild<QLineEdit *>(QStringLiteral("searchBox"))->clear();
    QAction *inChina = places->newButton()->menu()->actions().at(0);
    QVERIFY(onNextDialog(
        [&] { inChina->trigger(); },
        [&](QWidget *form) {
            QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("nameEnEdit")),
                             QStringLiteral("Lianyungang"));
            auto *parent = form->findChild<QComboBox *>(QStringLiteral("parentBox"));
            parent->setCurrentIndex(
                parent->findText(QStringLiteral("Jiangsu"), Qt::MatchStartsWith));
            form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        }));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM places")), all + 1);
    QCOMPARE(places->view()->model()->rowCount(), all + 1);
    // The new place is the chosen row; Delete asks, and Yes deletes it.
    QCOMPARE(places->view()->currentIndex().siblingAtColumn(0).data().toString(),
             QStringLiteral("Lianyungang"));
    QVERIFY(onNextDialog([&] { press(places, Qt::Key_Delete); },
                         [&](QWidget *box) {
                             auto *question = qobject_cast<QMessageBox *>(box);
                             QVERIFY(question->text().contains(QStringLiteral("Lianyungang")));
                             question->button(QMessageBox::Yes)->click();
                         }));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM places WHERE name_en = 'Lianyungang'")), 0);
    QCOMPARE(places->view()->model()->rowCount(), all);
    auto *undo = w.window->findChild<QAction *>(QStringLiteral("undoAction"));
    QCOMPARE(undo->text(), QStringLiteral("&Undo Delete place Lianyungang"));
    // Ctrl+Z in the dialog: the main window's Undo works here too.
    QApplication::setActiveWindow(dialog);
    QTest::keyClick(places->view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM places WHERE name_en = 'Lianyungang'")), 1);
    QCOMPARE(places->view()->model()->rowCount(), all + 1);
}

void TestRecords::institutionMadeAndCorrectedByKeyboard()
{
    TestWindow w(*m_db);
    RecordsDialog *dialog = open(w);
    dialog->showKind(RecordKind::Institution);
    RecordListPage *institutions = dialog->page(RecordKind::Institution);
    QCOMPARE(institutions->view()->model()->rowCount(), 0); // the shipped data names none
    // Two places are called Beijing: the province-level city and the city in it. The form tells
    // them apart, and keeps the one chosen through an edit of something else.
    const int city =
        sql(QStringLiteral("SELECT id FROM places WHERE name_en = 'Beijing' AND kind = 'city'"));
    QVERIFY(city > 0);
    QVERIFY(onNextDialog(
        [&] { press(institutions, Qt::Key_Insert); },
        [&](QWidget *form) {
            QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("nameEnEdit")),
                             QStringLiteral("Peking University"));
            auto *place = form->findChild<QComboBox *>(QStringLiteral("placeBox"));
            QCOMPARE(place->currentIndex(), -1);
            const int row = place->findData(city, Roles::RecordIdRole);
            QCOMPARE(place->itemText(row), QStringLiteral("Beijing · Beijing"));
            QVERIFY(place->findText(QStringLiteral("Beijing · Province / state")) >= 0);
            place->setCurrentIndex(row);
            form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        }));
    QCOMPARE(institutions->view()->model()->rowCount(), 1);
    QCOMPARE(sql(QStringLiteral("SELECT place_id FROM institutions")), city);
    QVERIFY(onNextDialog(
        [&] { press(institutions, Qt::Key_F2); },
        [&](QWidget *form) {
            auto *name = form->findChild<QLineEdit *>(QStringLiteral("nameEnEdit"));
            QCOMPARE(name->text(), QStringLiteral("Peking University"));
            QCOMPARE(form->findChild<QComboBox *>(QStringLiteral("placeBox"))->currentText(),
                     QStringLiteral("Beijing · Beijing"));
            auto *kind = form->findChild<QComboBox *>(QStringLiteral("kindBox"));
            kind->setCurrentIndex(kind->findData(QStringLiteral("university")));
            form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        }));
    QCOMPARE(TestSupport::scalar(*m_db, QStringLiteral("SELECT kind FROM institutions")).toString(),
             QStringLiteral("university"));
    QCOMPARE(sql(QStringLiteral("SELECT place_id FROM institutions")), city);
    QCOMPARE(institutions->view()->currentIndex().siblingAtColumn(2).data().toString(),
             QStringLiteral("University"));
}

void TestRecords::sourceCorrectedWithEnter()
{
    TestWindow w(*m_db);
    RecordsDialog *dialog = open(w);
    dialog->showKind(RecordKind::Source);
    RecordListPage *sources = dialog->page(RecordKind::Source);
    QCOMPARE(sources->view()->model()->rowCount(),
             sql(QStringLiteral("SELECT count(*) FROM sources")));
    sources->view()->setCurrentIndex(sources->view()->model()->index(0, 0));
    const qint64 id = sources->currentId();
    QVERIFY(onNextDialog(
        [&] { press(sources, Qt::Key_Return); },
        [&](QWidget *form) {
            QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                             QStringLiteral("China Daily Africa"));
            form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        }));
    QCOMPARE(TestSupport::scalar(*m_db,
                                 QStringLiteral("SELECT title FROM sources WHERE id = %1").arg(id))
                 .toString(),
             QStringLiteral("China Daily Africa"));
    // Named by its title now, and still the chosen one.
    QCOMPARE(sources->currentId(), id);
    QCOMPARE(sources->view()->currentIndex().siblingAtColumn(0).data().toString(),
             QStringLiteral("China Daily Africa"));
}

// Someone else corrects a place's Chinese name while it is being edited here: saving shows the
// two names side by side, and "Keep theirs" closes the form with their version kept whole.
void TestRecords::aPlaceSavedElsewhereMeanwhileIsKeptAsTheySavedIt()
{
    TestWindow w(*m_db);
    RecordsDialog *dialog = open(w);
    dialog->showKind(RecordKind::Place);
    RecordListPage *places = dialog->page(RecordKind::Place);
    places->choose(sql(QStringLiteral("SELECT id FROM places WHERE name_en = 'Nanjing'")));
    const qint64 id = places->currentId();
    QVERIFY(id > 0);
    QStringList shown;
    bool closed = false;
    QVERIFY(onNextDialog(
        [&] { press(places, Qt::Key_Return); },
        [&](QWidget *form) {
            std::unique_ptr<Database> other = Database::openAnotherConnection(*m_db);
            QVERIFY(QSqlQuery(other->connection())
                        .exec(QStringLiteral("UPDATE places SET name_zh = "
                                             "'南京市', row_version = "
                                             "row_version + 1000 WHERE id = %1")
                                  .arg(id)));
            other.reset();
            auto *name = form->findChild<QLineEdit *>(QStringLiteral("nameZhEdit"));
            name->setText(QStringLiteral("南京（金陵）"));
            QTimer::singleShot(0, [&] {
                auto *conflict = QApplication::activeModalWidget();
                QVERIFY(conflict && conflict != form);
                shown = GuiFixture::differencesShown(conflict);
                conflict->findChild<QPushButton *>(QStringLiteral("keepTheirs"))->click();
            });
            form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            closed = !form->isVisible();
        }));
    QVERIFY(closed);
    QCOMPARE(shown, QStringList{QStringLiteral("Chinese name: 南京市 / 南京（金陵）")});
    QCOMPARE(TestSupport::scalar(*m_db,
                                 QStringLiteral("SELECT name_zh FROM places WHERE id = %1").arg(id))
                 .toString(),
             QStringLiteral("南京市"));
}

QTEST_MAIN(TestRecords)
#include "tst_records.moc"
