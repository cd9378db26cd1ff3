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
#include <QDate>
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
    void officialTotalsMadeCorrectedAndDeleted();

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

// The official totals on their tab: listed as the table holds them; a new one typed in, each
// mistake said under its field while Save waits, then saved; corrected with F2; deleted with
// Delete; each step undone and redone from the dialog, the status bar following.
void TestRecords::officialTotalsMadeCorrectedAndDeleted()
{
    TestWindow w(*m_db);
    RecordsDialog *dialog = open(w);
    dialog->showKind(RecordKind::OfficialCount);
    RecordListPage *totals = dialog->page(RecordKind::OfficialCount);
    const int all = sql(QStringLiteral("SELECT count(*) FROM official_counts"));
    QVERIFY(all > 0);
    QCOMPARE(totals->view()->model()->rowCount(), all);
    QCOMPARE(totals->findChild<QLabel *>(QStringLiteral("countLabel"))->text(),
             QStringLiteral("%1 official totals").arg(all));
    const int pairings = sql(QStringLiteral("SELECT count(*) FROM pairings"));
    const auto statusSays = [&w, pairings](int total) {
        return w.text("officialCountLabel") ==
               QStringLiteral("%1 of %2 officially counted pairs").arg(pairings).arg(total);
    };
    QAction *undo = w.window->findChild<QAction *>(QStringLiteral("undoAction"));
    QAction *redo = w.window->findChild<QAction *>(QStringLiteral("redoAction"));

    // A new total: each field's mistake is said under it, and Save waits until none is left.
    QVERIFY(onNextDialog(
        [&] { press(totals, Qt::Key_Insert); },
        [&](QWidget *form) {
            QPushButton *save =
                form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            QVERIFY(!save->isEnabled());
            const auto type = [form](const char *field, const QString &text) {
                auto *edit = form->findChild<QLineEdit *>(QLatin1String(field));
                edit->clear();
                QTest::keyClicks(edit, text);
            };
            const auto problem = [form](const char *label) {
                auto *shown = form->findChild<QLabel *>(QLatin1String(label));
                return shown->isVisible() ? shown->text() : QString();
            };
            const QString tooFar = QString::number(QDate::currentDate().year() + 2);
            type("dateEdit", tooFar);
            QCOMPARE(problem("dateProblem"),
                     QStringLiteral("%1 is more than a year from now.").arg(tooFar));
            type("dateEdit", QStringLiteral("2026-13"));
            QVERIFY(problem("dateProblem").contains(QStringLiteral("month 13 does not exist")));
            type("dateEdit", QStringLiteral("2026-05"));
            QVERIFY(problem("dateProblem").isEmpty());
            type("totalEdit", QStringLiteral("0"));
            QCOMPARE(problem("totalProblem"), QStringLiteral("A total is at least 1."));
            type("totalEdit", QStringLiteral("291"));
            QVERIFY(problem("totalProblem").isEmpty());
            type("provinceStateEdit", QStringLiteral("300"));
            QCOMPARE(problem("partsProblem"),
                     QStringLiteral("The pairs by level add up to 300, more than the total of "
                                    "291."));
            QVERIFY(!save->isEnabled());
            type("provinceStateEdit", QStringLiteral("51"));
            type("cityEdit", QStringLiteral("-2"));
            QCOMPARE(problem("partsProblem"),
                     QStringLiteral("A number of pairs is never below 0."));
            type("cityEdit", QStringLiteral("240"));
            QVERIFY(problem("partsProblem").isEmpty());
            type("sourceUrlEdit", QStringLiteral("example.org/totals"));
            QVERIFY(problem("sourceUrlProblem").contains(QStringLiteral("is not a web address")));
            QVERIFY(!save->isEnabled());
            type("sourceUrlEdit", QStringLiteral("https://example.org/totals"));
            QVERIFY(problem("sourceUrlProblem").isEmpty());
            QVERIFY(save->isEnabled());
            save->click();
        }));
    const QString made = QStringLiteral("SELECT count(*) FROM official_counts WHERE date = "
                                        "'2026-05' AND total = %1 AND province_state = 51 AND "
                                        "city = 240 AND source_url = "
                                        "'https://example.org/totals'");
    QCOMPARE(sql(made.arg(291)), 1);
    QCOMPARE(totals->view()->model()->rowCount(), all + 1);
    QCOMPARE(totals->view()->currentIndex().siblingAtColumn(0).data().toString(),
             QStringLiteral("May 2026"));
    QVERIFY(statusSays(291));
    QCOMPARE(undo->text(), QStringLiteral("&Undo Add official total 291 (May 2026)"));
    undo->trigger();
    QCOMPARE(sql(made.arg(291)), 0);
    QCOMPARE(totals->view()->model()->rowCount(), all);
    QVERIFY(!statusSays(291));
    redo->trigger();
    QCOMPARE(sql(made.arg(291)), 1);
    QVERIFY(statusSays(291));
    const qint64 id = sql(made.arg(291).replace(QStringLiteral("count(*)"), QStringLiteral("id")));
    totals->choose(id);

    // Corrected with F2: the form shows it as saved.
    QVERIFY(onNextDialog(
        [&] { press(totals, Qt::Key_F2); },
        [&](QWidget *form) {
            auto *total = form->findChild<QLineEdit *>(QStringLiteral("totalEdit"));
            QCOMPARE(total->text(), QStringLiteral("291"));
            QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("cityEdit"))->text(),
                     QStringLiteral("240"));
            total->setText(QStringLiteral("292"));
            form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        }));
    QCOMPARE(sql(made.arg(292)), 1);
    QVERIFY(statusSays(292));
    QCOMPARE(totals->currentId(), id);
    undo->trigger();
    QCOMPARE(sql(made.arg(291)), 1);
    QVERIFY(statusSays(291));
    redo->trigger();
    QCOMPARE(sql(made.arg(292)), 1);

    // Deleted with Delete, after a question naming it.
    QString asked;
    QVERIFY(onNextDialog([&] { press(totals, Qt::Key_Delete); },
                         [&](QWidget *box) {
                             auto *question = qobject_cast<QMessageBox *>(box);
                             asked = question->text();
                             question->button(QMessageBox::Yes)->click();
                         }));
    QCOMPARE(asked, QStringLiteral("Delete the official total “292 (May 2026)”? Undo brings it "
                                   "back."));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM official_counts WHERE id = %1").arg(id)), 0);
    QCOMPARE(totals->view()->model()->rowCount(), all);
    QVERIFY(!statusSays(292));
    undo->trigger();
    QCOMPARE(sql(made.arg(292).replace(QStringLiteral("count(*)"), QStringLiteral("id"))), id);
    QCOMPARE(totals->view()->model()->rowCount(), all + 1);
    QVERIFY(statusSays(292));
    redo->trigger();
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM official_counts WHERE id = %1").arg(id)), 0);
}

QTEST_MAIN(TestRecords)
#include "tst_records.moc"
