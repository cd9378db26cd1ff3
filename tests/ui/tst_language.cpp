// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/serveraddress.h"
#include "app/session.h"
#include "ui/dialogs/connectdialog.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The interface in English and Simplified Chinese: the system's language by default (here
// the C locale, so English); View > Language switches the real main window at once (a new
// one in its place, on the same database) and keeps the choice; dialogs made after speak the
// language, Qt's own buttons too; English brings the English back.
class TestLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void theSystemsLanguageByDefault();
    void commandLineNamesALanguage();
    void viewLanguageSwitchesTheWindowToChineseAndBack();

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

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
