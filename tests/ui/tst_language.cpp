// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/serveraddress.h"
#include "app/models/pairinglistmodel.h"
#include "app/models/roles.h"
#include "app/session.h"
#include "ui/dialogs/connectdialog.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The interface in English and Simplified Chinese: the system's language by default (here
// the C locale, so English); View > Language switches the real main window at once (a new
// one in its place, on the same database) and keeps the choice; dialogs made after speak the
// language, Qt's own buttons too; English brings the English back. Switching loses nothing:
// the steps to undo (named in the new language), the pairing chosen, the list's order and how
// far it is scrolled, the splitters, the filters, the chart's tab and an open dock.
class TestLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void theSystemsLanguageByDefault();
    void commandLineNamesALanguage();
    void viewLanguageSwitchesTheWindowToChineseAndBack();
    void switchingKeepsTheWork();

private:
    static QString fileMenuTitle(const MainWindow &window);
    // Chooses a language under View > Language, as a user would, and waits for the window
    // that takes the old one's place.
    static MainWindow *chooseLanguage(Session &session, const char *choice);

    QTemporaryDir m_dir;
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QSettings::UserScope, QStringLiteral("Bridges"), QStringLiteral("Bridges")).clear();
}

QString TestLanguage::fileMenuTitle(const MainWindow &window)
{
    const QList<QAction *> menus = window.menuBar()->actions();
    return menus.isEmpty() ? QString() : menus.first()->text();
}

MainWindow *TestLanguage::chooseLanguage(Session &session, const char *choice)
{
    MainWindow *before = &session.window();
    auto *menu = before->findChild<QMenu *>(QStringLiteral("languageMenu"));
    if (!menu)
        return nullptr;
    auto *action = menu->findChild<QAction *>(QStringLiteral("language_") + QLatin1String(choice));
    if (!action)
        return nullptr;
    action->trigger();
    // The old window goes once the menu has closed (queued), and a new one is shown.
    if (!QTest::qWaitFor([&] { return &session.window() != before; }, 5000))
        return nullptr;
    return &session.window();
}

void TestLanguage::theSystemsLanguageByDefault()
{
    QCOMPARE(Language::chosen(), QString());
    QCOMPARE(Language::apply(Language::chosen()), QStringLiteral("en")); // LC_ALL=C.UTF-8
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
    QCOMPARE(Language::nameOf(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    QCOMPARE(Language::nameOf(QStringLiteral("en")), QStringLiteral("English"));
}

void TestLanguage::commandLineNamesALanguage()
{
    QString choice = QStringLiteral("unchanged");
    QVERIFY(Language::fromText(QStringLiteral("zh_CN"), &choice));
    QCOMPARE(choice, QStringLiteral("zh_CN"));
    QVERIFY(Language::fromText(QStringLiteral("zh-CN"), &choice));
    QCOMPARE(choice, QStringLiteral("zh_CN"));
    QVERIFY(Language::fromText(QStringLiteral("en"), &choice));
    QCOMPARE(choice, QStringLiteral("en"));
    QVERIFY(Language::fromText(QStringLiteral("system"), &choice));
    QCOMPARE(choice, QString());
    QVERIFY(!Language::fromText(QStringLiteral("klingon"), &choice));
    QVERIFY(!Language::fromText(QString(), &choice));
}

void TestLanguage::viewLanguageSwitchesTheWindowToChineseAndBack()
{
    QString error;
    std::unique_ptr<Session> session =
        Session::open(m_dir.filePath(QStringLiteral("language.sqlite")), QString(), &error);
    QVERIFY2(session, qPrintable(error));
    session->window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&session->window()));
    QCOMPARE(fileMenuTitle(session->window()), QStringLiteral("&File"));
    auto *system = session->window().findChild<QAction *>(QStringLiteral("language_system"));
    QVERIFY(system && system->isChecked());

    MainWindow *chinese = chooseLanguage(*session, "zh_CN");
    QVERIFY(chinese);
    QVERIFY(chinese->isVisible());
    QCOMPARE(fileMenuTitle(*chinese), QStringLiteral("文件(&F)"));
    QCOMPARE(Settings().language(), QStringLiteral("zh_CN"));
    QVERIFY(chinese->findChild<QAction *>(QStringLiteral("language_zh_CN"))->isChecked());
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    QVERIFY(chinese->windowTitle().endsWith(QStringLiteral(" – Bridges")));
    {
        // A dialog made now: Bridges' strings, and Qt's own standard button.
        ConnectDialog dialog(ServerAddress{}, chinese);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("连接到服务器"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), QStringLiteral("连接"));
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
    }

    MainWindow *english = chooseLanguage(*session, "en");
    QVERIFY(english);
    QCOMPARE(fileMenuTitle(*english), QStringLiteral("&File"));
    QCOMPARE(Settings().language(), QStringLiteral("en"));
    {
        ConnectDialog dialog(ServerAddress{}, english);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Connect to Server"));
        QCOMPARE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text(),
                 QStringLiteral("Cancel"));
    }
    QVERIFY(QLocale().language() != QLocale::Chinese);
}

// What the user had in view, read off the window.
struct InView
{
    QVariant pairing;
    QString title;
    QList<QVariant> firstRows;
    int sortSection = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    int scrolled = -1;
    QList<int> splitter;
    QList<int> chartSplitter;
    int chartTab = -1;
    QString level;
    bool historyShown = false;

    static bool near(const QList<int> &sizes, const QList<int> &others)
    {
        if (sizes.size() != others.size())
            return false;
        for (int i = 0; i < sizes.size(); ++i) {
            if (std::abs(sizes.at(i) - others.at(i)) > 6)
                return false;
        }
        return true;
    }

    static InView of(const MainWindow &window)
    {
        InView seen;
        auto *list = window.findChild<QTableView *>(QStringLiteral("pairingsView"));
        seen.pairing = list->currentIndex().data(Roles::RecordIdRole);
        seen.title = window.findChild<QLabel *>(QStringLiteral("titleLabel"))->text();
        for (int row = 0; row < 5; ++row)
            seen.firstRows << list->model()->index(row, 0).data(Roles::RecordIdRole);
        seen.sortSection = list->horizontalHeader()->sortIndicatorSection();
        seen.sortOrder = list->horizontalHeader()->sortIndicatorOrder();
        seen.scrolled = list->verticalScrollBar()->value();
        seen.splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes();
        seen.chartSplitter =
            window.findChild<QSplitter *>(QStringLiteral("chartSplitter"))->sizes();
        seen.chartTab = window.findChild<QTabWidget *>(QStringLiteral("chartTabs"))->currentIndex();
        seen.level =
            window.findChild<QComboBox *>(QStringLiteral("levelFilter"))->currentData().toString();
        seen.historyShown =
            window.findChild<QDockWidget *>(QStringLiteral("undoHistoryDock"))->isVisible();
        return seen;
    }
};

void TestLanguage::switchingKeepsTheWork()
{
    QSettings(QSettings::UserScope, QStringLiteral("Bridges"), QStringLiteral("Bridges")).clear();
    Language::choose(QStringLiteral("en"));
    QString error;
    std::unique_ptr<Session> session =
        Session::open(m_dir.filePath(QStringLiteral("work.sqlite")), QString(), &error);
    QVERIFY2(session, qPrintable(error));
    MainWindow *window = &session->window();
    window->resize(1400, 1000);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    // City pairings only, by the date they were established, newest first.
    auto *level = window->findChild<QComboBox *>(QStringLiteral("levelFilter"));
    QTRY_VERIFY(level->findData(QStringLiteral("city")) >= 0); // after the first paint
    level->setCurrentIndex(level->findData(QStringLiteral("city")));
    auto *list = window->findChild<QTableView *>(QStringLiteral("pairingsView"));
    QTRY_VERIFY(list->model()->rowCount() > 60);
    QHeaderView *header = list->horizontalHeader();
    const int x = header->sectionViewportPosition(PairingListModel::Established) +
                  header->sectionSize(PairingListModel::Established) / 2;
    for (int click = 0; click < 2; ++click)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    // Scrolled down the list, a pairing chosen there.
    list->verticalScrollBar()->setValue(40);
    const QModelIndex shown = list->indexAt(QPoint(10, list->viewport()->height() / 2));
    QVERIFY(shown.row() > 40);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(shown).center());
    QCOMPARE(list->currentIndex().row(), shown.row());
    // The splitters moved, by their handles: the detail wider, the charts lower.
    for (const auto &[name, by] :
         {std::pair{"mainSplitter", QPoint(-150, 0)}, std::pair{"chartSplitter", QPoint(0, 60)}}) {
        auto *splitter = window->findChild<QSplitter *>(QLatin1String(name));
        const QList<int> before = splitter->sizes();
        QWidget *handle = splitter->handle(1);
        const QPoint grip = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, grip);
        QTest::mouseMove(handle, grip + by);
        QTest::mouseRelease(handle, Qt::LeftButton, {}, grip + by);
        QVERIFY2(splitter->sizes() != before, name);
    }
    // The statistics in view, and the undo history.
    auto *charts = window->findChild<QTabWidget *>(QStringLiteral("chartTabs"));
    QTest::mouseClick(charts->tabBar(), Qt::LeftButton, {}, charts->tabBar()->tabRect(1).center());
    QCOMPARE(charts->currentIndex(), 1);
    window->findChild<QAction *>(QStringLiteral("undoHistoryAction"))->trigger();
    // An edit of the chosen pairing.
    const QString notesBefore = window->findChild<QLabel *>(QStringLiteral("notesLabel"))->text();
    QTimer::singleShot(0, [] {
        auto *editor = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(editor);
        const auto close = qScopeGuard([editor] { // when a check fails
            if (editor->isVisible())
                editor->reject();
        });
        editor->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"))
            ->setPlainText(QStringLiteral("Seen before the switch."));
        editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    window->findChild<QAction *>(QStringLiteral("editPairingAction"))->trigger();
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("notesLabel"))->text(),
             QStringLiteral("Seen before the switch."));
    const QString undoText = window->findChild<QAction *>(QStringLiteral("undoAction"))->text();
    const QString editPairing = QStringLiteral("Edit pairing ");
    QVERIFY2(undoText.startsWith(QStringLiteral("&Undo ") + editPairing), qPrintable(undoText));
    const QString pairingName = undoText.mid(undoText.indexOf(editPairing) + editPairing.size());
    const InView english = InView::of(*window);

    window = chooseLanguage(*session, "zh_CN");
    QVERIFY(window);
    QCOMPARE(fileMenuTitle(*window), QStringLiteral("文件(&F)"));
    // Undo names the step, in Chinese.
    auto *undo = window->findChild<QAction *>(QStringLiteral("undoAction"));
    const QString chineseStep =
        QCoreApplication::translate("Commands", "Edit pairing %1").arg(pairingName);
    QVERIFY(chineseStep != editPairing + pairingName);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QCoreApplication::translate("EditActions", "&Undo %1").arg(chineseStep));
    const QList<QAction *> editMenu = window->menuBar()->actions().at(1)->menu()->actions();
    QVERIFY(editMenu.contains(undo));
    // Everything else as it was.
    const InView chinese = InView::of(*window);
    QCOMPARE(chinese.pairing, english.pairing);
    QCOMPARE(chinese.firstRows, english.firstRows);
    QCOMPARE(chinese.sortSection, english.sortSection);
    QCOMPARE(chinese.sortOrder, english.sortOrder);
    QCOMPARE(chinese.scrolled, english.scrolled);
    // The splitters where they were, but for the few pixels Chinese type takes more or less
    // above them (the filters).
    QVERIFY2(InView::near(chinese.splitter, english.splitter), "the lists and the detail");
    QVERIFY2(InView::near(chinese.chartSplitter, english.chartSplitter),
             "the lists and the charts");
    QCOMPARE(chinese.chartTab, 1);
    QCOMPARE(chinese.level, QStringLiteral("city"));
    QVERIFY(chinese.historyShown);
    QCOMPARE(chinese.title, english.title);
    // The undo history lists the step in Chinese too, and undo works.
    auto *history = window->findChild<QListWidget *>(QStringLiteral("undoHistory"));
    QCOMPARE(history->item(1)->text(), chineseStep);
    undo->trigger();
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("notesLabel"))->text(),
             notesBefore == QStringLiteral("None")
                 ? QCoreApplication::translate("PairingFacts", "None")
                 : notesBefore);
    QVERIFY(!undo->isEnabled());

    // Back to English: the step to redo named in English, the rest still in place.
    window = chooseLanguage(*session, "en");
    QVERIFY(window);
    auto *redo = window->findChild<QAction *>(QStringLiteral("redoAction"));
    QVERIFY(redo->isEnabled());
    QCOMPARE(redo->text(), QStringLiteral("&Redo Edit pairing %1").arg(pairingName));
    const InView again = InView::of(*window);
    QCOMPARE(again.pairing, english.pairing);
    QCOMPARE(again.scrolled, english.scrolled);
    QVERIFY(InView::near(again.splitter, english.splitter));
    QVERIFY(InView::near(again.chartSplitter, english.chartSplitter));
    QCOMPARE(again.chartTab, 1);
    redo->trigger();
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("notesLabel"))->text(),
             QStringLiteral("Seen before the switch."));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
