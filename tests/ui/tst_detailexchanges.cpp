// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/exchangelistmodel.h"
#include "app/models/roles.h"
#include "tests/support/guifixture.h"
#include "tests/support/testwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

// The exchanges in the chosen pairing's detail, acted on as those of the exchanges list are:
// a double-click or Enter opens one in the editor; a right-click offers Edit, Delete and Show
// in Exchanges Tab; F2 and Delete act on the table or list that has the focus, and the menus
// name the record they will act on.
class TestDetailExchanges : public QObject, private GuiFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { useTestLocations(); }
    void init() { freshDatabase(); }
    void doubleClickAndEnterOpenTheExchange();
    void menusNameTheRecordAndKeysFollowTheFocus();
    void rightClickOffersEditDeleteAndTheExchangesTab();

private:
    // The window with Nanjing – St. Louis chosen, and its table of exchanges.
    QTableView *chooseNanjingStLouis(TestWindow &w) const;
};

namespace {
QString plain(const QAction *action)
{
    return action->text().remove(QLatin1Char('&'));
}

QString titleIn(QWidget *editor)
{
    auto *title = editor->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    return title ? title->text() : QString();
}
} // namespace

QTableView *TestDetailExchanges::chooseNanjingStLouis(TestWindow &w) const
{
    w.window->showPairing(
        TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis")));
    QApplication::setActiveWindow(w.window.get()); // shortcuts go to the active window
    auto *table = w.window->findChild<QTableView *>(QStringLiteral("pairingExchangesView"));
    if (table)
        table->scrollTo(table->model()->index(0, 0));
    return table;
}

void TestDetailExchanges::doubleClickAndEnterOpenTheExchange()
{
    TestWindow w(*m_db);
    QTableView *table = chooseNanjingStLouis(w);
    QVERIFY(table && table->isVisible());
    QVERIFY(table->model()->rowCount() >= 5);
    const QModelIndex first = table->model()->index(0, 1);
    QString opened;

    withDialog(
        [&] {
            // As a mouse does it: the first press and release, then the second press.
            const QPoint at = table->visualRect(first).center();
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
            QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        },
        [&](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("ExchangeEditor"));
            opened = titleIn(dialog);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        });
    QCOMPARE(opened, first.data().toString());

    // Enter on another, which is then saved: it stays chosen, its new title in the table.
    const QModelIndex second = table->model()->index(1, 1);
    const qint64 id = second.data(Roles::RecordIdRole).toLongLong();
    table->setCurrentIndex(second);
    QApplication::setActiveWindow(w.window.get()); // the editor had it
    table->setFocus();
    withDialog([&] { QTest::keyClick(table, Qt::Key_Return); },
               [&](QWidget *dialog) {
                   QCOMPARE(titleIn(dialog), second.data().toString());
                   dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"))
                       ->setText(QStringLiteral("Renamed from the pairing's detail"));
                   dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
               });
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM exchanges WHERE id = %1 AND title = "
                                "'Renamed from the pairing''s detail'")
                     .arg(id)),
             1);
    QCOMPARE(table->currentIndex().data(Roles::RecordIdRole).toLongLong(), id);
    QCOMPARE(table->currentIndex().siblingAtColumn(1).data().toString(),
             QStringLiteral("Renamed from the pairing's detail"));
}

void TestDetailExchanges::menusNameTheRecordAndKeysFollowTheFocus()
{
    TestWindow w(*m_db);
    QTableView *table = chooseNanjingStLouis(w);
    QVERIFY(table);
    auto *editExchange = w.window->findChild<QAction *>(QStringLiteral("editExchangeAction"));
    auto *deleteExchange = w.window->findChild<QAction *>(QStringLiteral("deleteExchangeAction"));
    auto *editPairing = w.window->findChild<QAction *>(QStringLiteral("editPairingAction"));
    auto *deletePairing = w.window->findChild<QAction *>(QStringLiteral("deletePairingAction"));
    QCOMPARE(plain(editPairing), QStringLiteral("Edit Pairing Nanjing – St. Louis…"));
    QCOMPARE(plain(deletePairing), QStringLiteral("Delete Pairing Nanjing – St. Louis…"));
    QVERIFY(!editExchange->isEnabled()); // no exchange chosen yet
    QCOMPARE(plain(editExchange), QStringLiteral("Edit Exchange…"));

    const QModelIndex chosen = table->model()->index(2, 1);
    const QString title = chosen.data().toString();
    const qint64 id = chosen.data(Roles::RecordIdRole).toLongLong();
    table->setCurrentIndex(chosen);
    QVERIFY(editExchange->isEnabled() && deleteExchange->isEnabled());
    QCOMPARE(plain(editExchange), QStringLiteral("Edit Exchange “%1”…").arg(title));
    QCOMPARE(plain(deleteExchange), QStringLiteral("Delete Exchange “%1”…").arg(title));

    // F2 in the table edits the exchange; in the pairings list, the pairing.
    table->setFocus();
    withDialog(
        [&] { QTest::keyClick(table, Qt::Key_F2); },
        [&](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("ExchangeEditor"));
            QCOMPARE(titleIn(dialog), title);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        });
    QApplication::setActiveWindow(w.window.get()); // the editor had it
    QTableView *pairings = w.view("pairingsView");
    pairings->setFocus();
    withDialog(
        [&] { QTest::keyClick(pairings, Qt::Key_F2); },
        [&](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("PairingEditor"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        });

    // Delete in the table deletes the exchange, not the pairing.
    const qint64 pairing =
        TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
    QApplication::setActiveWindow(w.window.get());
    table->setFocus();
    QString question;
    withDialog([&] { QTest::keyClick(table, Qt::Key_Delete); },
               [&](QWidget *dialog) {
                   auto *box = qobject_cast<QMessageBox *>(dialog);
                   QVERIFY(box);
                   question = box->text();
                   box->button(QMessageBox::Yes)->click();
               });
    QVERIFY2(question.contains(title), qPrintable(question));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM exchanges WHERE id = %1").arg(id)), 0);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pairings WHERE id = %1").arg(pairing)), 1);
    QVERIFY(!editExchange->isEnabled()); // the deleted one is no longer chosen
    w.window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM exchanges WHERE id = %1").arg(id)), 1);
}

void TestDetailExchanges::rightClickOffersEditDeleteAndTheExchangesTab()
{
    TestWindow w(*m_db);
    QTableView *table = chooseNanjingStLouis(w);
    QVERIFY(table);
    const QModelIndex chosen = table->model()->index(3, 1);
    const QString title = chosen.data().toString();
    const qint64 id = chosen.data(Roles::RecordIdRole).toLongLong();

    // A right-click chooses the row under it and opens the menu.
    QStringList offered;
    QAction *showInList = nullptr;
    QTimer::singleShot(0, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            offered << plain(action);
            if (action->objectName() == QLatin1String("showInExchangesTabAction"))
                showInList = action;
        }
        menu->close();
    });
    const QPoint at = table->visualRect(chosen).center();
    QTest::mouseClick(table->viewport(), Qt::RightButton, {}, at);
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, at, table->viewport()->mapToGlobal(at));
    QApplication::sendEvent(table->viewport(), &menuEvent);
    QCOMPARE(offered, QStringList({QStringLiteral("Edit Exchange “%1”…").arg(title),
                                   QStringLiteral("Delete Exchange “%1”…").arg(title),
                                   QStringLiteral("Show in Exchanges Tab")}));
    QVERIFY(showInList);

    // The exchanges tab, with the exchange chosen there.
    showInList->trigger();
    auto *lists = w.window->findChild<QTabWidget *>(QStringLiteral("lists"));
    QTableView *exchanges = w.view("exchangesView");
    QCOMPARE(lists->currentWidget(), exchanges);
    QCOMPARE(exchanges->currentIndex().data(Roles::RecordIdRole).toLongLong(), id);
    QCOMPARE(w.text("exchangeTitleLabel"), title);

    // Hidden by the filter there (another field), the filter is cleared to show it.
    lists->setCurrentIndex(0);
    const qint64 pairing =
        TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
    const QString otherField =
        TestSupport::scalar(*m_db, QStringLiteral("SELECT e.field FROM exchanges e JOIN "
                                                  "exchange_pairings ep ON ep.exchange_id = e.id "
                                                  "WHERE ep.pairing_id = %1 AND e.field <> "
                                                  "(SELECT field FROM exchanges WHERE id = %2)")
                                       .arg(pairing)
                                       .arg(id))
            .toString();
    QVERIFY(!otherField.isEmpty());
    auto *field = w.window->findChild<QComboBox *>(QStringLiteral("fieldFilter"));
    field->setCurrentIndex(field->findData(otherField));
    QCOMPARE(w.exchanges.filter().field, otherField);
    QCOMPARE(w.text("titleLabel"), QStringLiteral("Nanjing – St. Louis")); // still chosen
    const QModelIndexList row = table->model()->match(table->model()->index(0, 0),
                                                      Roles::RecordIdRole, id, 1, Qt::MatchExactly);
    QCOMPARE(row.size(), 1);
    table->setCurrentIndex(row.first());
    showInList->trigger();
    QVERIFY(w.exchanges.filter().isEmpty());
    QCOMPARE(field->currentIndex(), 0);
    QCOMPARE(lists->currentWidget(), exchanges);
    QCOMPARE(exchanges->currentIndex().data(Roles::RecordIdRole).toLongLong(), id);
}

QTEST_MAIN(TestDetailExchanges)
#include "tst_detailexchanges.moc"
