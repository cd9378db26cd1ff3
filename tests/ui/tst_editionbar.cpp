// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/bundleddataset.h"
#include "app/io/databaseopener.h"
#include "app/storage/database.h"
#include "tests/support/guifixture.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUrl>

// The window over a database made from the first edition of the shipped data: a bar above the
// lists says what edition 2026-12 would add; Not Now puts it off for that edition (a new window
// leaves it hidden); Review… lists every change, the user's own values beside the edition's
// with a choice each, and takes the edition in one step that Undo takes back (the bar comes
// back with it). A database of the latest edition shows no bar.
class TestEditionBar : public QObject, private GuiFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { useTestLocations(); }
    void init();
    void aDatabaseOfTheLatestEditionShowsNoBar();
    void theBarSaysWhatTheEditionBrings();
    void notNowIsRememberedForThatEdition();
    void theReviewTakesTheEditionWithTheChoicesMade();
    void onAServerSomeoneElsesTakingArrives();
    void aRoleThatMayOnlyReadIsToldAnEditorCanTakeIt();

private:
    static QWidget *bar(const TestWindow &w)
    {
        return w.window->findChild<QWidget *>(QStringLiteral("editionBar"));
    }
    // The bar looks once the window is up; a test waits for that look.
    static void settle() { QTest::qWait(50); }
    // The review's rows, by record name and field.
    static QTreeWidgetItem *row(QTreeWidget *tree, const QString &record, const QString &field);
    qint64 baodingCharlotte() const
    {
        return TestSupport::pairingId(*m_db, QStringLiteral("Baoding"),
                                      QStringLiteral("Charlotte"));
    }
};

QTreeWidgetItem *TestEditionBar::row(QTreeWidget *tree, const QString &record, const QString &field)
{
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->text(0) == record && group->child(i)->text(1) == field)
                return group->child(i);
        }
    }
    return nullptr;
}

void TestEditionBar::init()
{
    QSettings(QSettings::UserScope, QStringLiteral("Bridges"), QStringLiteral("Bridges")).clear();
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = TestSupport::createWithFirstEdition(*m_dir);
}

void TestEditionBar::aDatabaseOfTheLatestEditionShowsNoBar()
{
    QTemporaryDir dir;
    const std::unique_ptr<Database> latest = TestSupport::createWithShippedData(dir);
    TestWindow w(*latest);
    settle();
    QVERIFY(bar(w));
    QVERIFY(!bar(w)->isVisible());
}

void TestEditionBar::theBarSaysWhatTheEditionBrings()
{
    TestWindow w(*m_db);
    QTRY_VERIFY(bar(w)->isVisible());
    const QString text = w.text("editionText");
    QVERIFY2(text.contains(QStringLiteral("edition 2026-12")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("36 new pairings")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("144 new exchanges")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("47 dates filled in")), qPrintable(text));
    // Above the lists.
    const QWidget *lists = w.window->findChild<QWidget *>(QStringLiteral("lists"));
    QVERIFY(bar(w)->mapTo(w.window.get(), QPoint()).y() <
            lists->mapTo(w.window.get(), QPoint()).y());
    // One of the user's own values that the edition gives otherwise: said, and kept.
    TestSupport::execute(*m_db, QStringLiteral("UPDATE pairings SET established = '1984' WHERE "
                                               "id = %1")
                                    .arg(baodingCharlotte()));
    TestWindow again(*m_db);
    QTRY_VERIFY(bar(again)->isVisible());
    QVERIFY2(again.text("editionText").contains(QStringLiteral("One value you changed differs")),
             qPrintable(again.text("editionText")));
}

void TestEditionBar::notNowIsRememberedForThatEdition()
{
    {
        TestWindow w(*m_db);
        QTRY_VERIFY(bar(w)->isVisible());
        bar(w)->findChild<QPushButton *>(QStringLiteral("notNowButton"))->click();
        QVERIFY(!bar(w)->isVisible());
    }
    TestWindow later(*m_db);
    settle();
    QVERIFY(!bar(later)->isVisible());
    // Nothing was written by putting it off.
    QCOMPARE(TestSupport::scalar(*m_db, QStringLiteral("SELECT name FROM data_edition")).toString(),
             QStringLiteral("first"));
}

void TestEditionBar::theReviewTakesTheEditionWithTheChoicesMade()
{
    TestSupport::execute(*m_db, QStringLiteral("UPDATE pairings SET established = '1984' WHERE "
                                               "id = %1")
                                    .arg(baodingCharlotte()));
    const QString before = TestSupport::dump(*m_db);
    TestWindow w(*m_db);
    QTRY_VERIFY(bar(w)->isVisible());
    bool reviewed = false;
    QTimer::singleShot(0, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("editionReviewDialog"));
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("editionChanges"));
        // The conflict: both values, the user's kept unless ticked.
        QTreeWidgetItem *conflict =
            row(tree, QStringLiteral("Baoding – Charlotte"), QStringLiteral("Established"));
        QVERIFY(conflict);
        QCOMPARE(conflict->text(2), QStringLiteral("1984"));
        QCOMPARE(conflict->text(3), QStringLiteral("1987"));
        QCOMPARE(conflict->text(4), QStringLiteral("by level and place names"));
        QCOMPARE(conflict->checkState(0), Qt::Unchecked);
        QVERIFY(conflict->parent()->isExpanded());
        // A correction nobody here made: the wrong state of Marlboro.
        QTreeWidgetItem *state =
            row(tree, QStringLiteral("Wujiang (Suzhou) – Marlboro"), QStringLiteral("US state"));
        QVERIFY(state);
        QCOMPARE(state->text(2), QStringLiteral("SC"));
        QCOMPARE(state->text(3), QStringLiteral("NJ"));
        // A new record, and its count in the summary.
        QVERIFY(row(tree, QStringLiteral("Zhejiang – New Jersey"), QStringLiteral("Pairing")));
        const QString summary =
            dialog->findChild<QLabel *>(QStringLiteral("editionSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("36 new pairings")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("68 records corrected")), qPrintable(summary));
        // Ticked: the edition's value for this one field.
        conflict->setCheckState(0, Qt::Checked);
        dialog->findChild<QPushButton *>(QStringLiteral("takeEditionButton"))->click();
        reviewed = true;
    });
    bar(w)->findChild<QPushButton *>(QStringLiteral("reviewEditionButton"))->click();
    QVERIFY(reviewed);
    QCOMPARE(TestSupport::scalar(*m_db, QStringLiteral("SELECT established FROM pairings WHERE "
                                                       "id = %1")
                                            .arg(baodingCharlotte()))
                 .toString(),
             QStringLiteral("1987"));
    QCOMPARE(TestSupport::scalar(*m_db, QStringLiteral("SELECT name FROM data_edition")).toString(),
             QStringLiteral("2026-12"));
    QTRY_VERIFY(!bar(w)->isVisible());
    QVERIFY2(w.window->statusBar()->currentMessage().contains(QStringLiteral("36 new pairings")),
             qPrintable(w.window->statusBar()->currentMessage()));
    // The lists show what arrived.
    QTRY_COMPARE(
        w.pairings.totalCount(),
        TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM pairings")).toInt());
    // One step back: the database as it was, and the bar again.
    auto *undo = w.window->findChild<QAction *>(QStringLiteral("undoAction"));
    QCOMPARE(undo->text(), QStringLiteral("&Undo Take data edition 2026-12"));
    undo->trigger();
    QCOMPARE(TestSupport::dump(*m_db), before);
    QTRY_VERIFY(bar(w)->isVisible());
}

void TestEditionBar::onAServerSomeoneElsesTakingArrives()
{
    if (!TestSupport::onServer())
        QSKIP("a team's server only");
    TestWindow w(*m_db);
    QTRY_VERIFY(bar(w)->isVisible());
    // A colleague takes the edition from their own copy of the program.
    const std::unique_ptr<Database> theirs = Database::openAnotherConnection(*m_db);
    ChangeNotifier notifier;
    Commands commands(*theirs, notifier);
    QString error;
    QVERIFY2(commands.takeEdition({}, QString(), &error), qPrintable(error));
    // Here, as with any change of theirs: the records arrive and the bar goes.
    QTRY_VERIFY_WITH_TIMEOUT(!bar(w)->isVisible(), 10000);
    QTRY_COMPARE(
        w.pairings.totalCount(),
        TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM pairings")).toInt());
}

void TestEditionBar::aRoleThatMayOnlyReadIsToldAnEditorCanTakeIt()
{
    if (!TestSupport::onServer())
        QSKIP("a team's server only");
    const QString url = TestSupport::freshServerDatabase();
    QString error;
    auto owner = DatabaseOpener::open(url, &error, DatabaseOpener::Contents::Empty);
    QVERIFY2(owner, qPrintable(error));
    BundledDataset::load(*owner, *DataEdition::named(DataEdition::first()));
    auto reader = DatabaseOpener::open(TestSupport::readerAddress(*owner, url), &error);
    QVERIFY2(reader, qPrintable(error));
    QVERIFY(reader->isReadOnly());
    TestWindow w(*reader);
    QTRY_VERIFY(bar(w)->isVisible());
    QVERIFY2(w.text("editionText")
                 .contains(QStringLiteral("An editor of this database can take "
                                          "it")),
             qPrintable(w.text("editionText")));
    bool looked = false;
    QTimer::singleShot(0, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        const auto closing = qScopeGuard([dialog] { dialog->close(); });
        // The review can be read, but not taken.
        QVERIFY(dialog->findChild<QTreeWidget *>(QStringLiteral("editionChanges"))
                    ->topLevelItemCount() > 0);
        QVERIFY(
            !dialog->findChild<QPushButton *>(QStringLiteral("takeEditionButton"))->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("editionSummary"))
                    ->text()
                    .contains(QStringLiteral("an editor of it can take the edition")));
        looked = true;
    });
    bar(w)->findChild<QPushButton *>(QStringLiteral("reviewEditionButton"))->click();
    QVERIFY(looked);
}

QTEST_MAIN(TestEditionBar)
#include "tst_editionbar.moc"
