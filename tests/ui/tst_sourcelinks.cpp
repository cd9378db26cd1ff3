// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/roles.h"
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testwindow.h"

#include <QApplication>
#include <QDesktopServices>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

// Takes the links QDesktopServices would hand to a web browser.
class Browser : public QObject
{
    Q_OBJECT
public:
    Q_INVOKABLE void open(const QUrl &url) { opened << url; }
    QList<QUrl> opened;
};

// A source's link in the detail panes, clicked through the real window: it goes to the web
// browser; when none takes it (here the offscreen platform has none), the window says so, with
// the address to copy, instead of a line on the terminal that nobody sees.
class TestSourceLinks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aLinkGoesToTheBrowser_data();
    void aLinkGoesToTheBrowser();
    void aLinkNoBrowserTakesIsSaidInTheWindow_data();
    void aLinkNoBrowserTakesIsSaidInTheWindow();

private:
    // Shows the pairing or exchange cited by one web source alone, and clicks that source's
    // link; the address.
    QString clickTheSource(TestWindow &w, bool exchange);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestSourceLinks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = TestSupport::createWithShippedData(m_dir);
}

void TestSourceLinks::init()
{
    QSettings(QSettings::UserScope, QStringLiteral("Bridges"), QStringLiteral("Bridges")).clear();
}

void TestSourceLinks::cleanup()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

QString TestSourceLinks::clickTheSource(TestWindow &w, bool exchange)
{
    const QString owner = exchange ? QStringLiteral("exchange") : QStringLiteral("pairing");
    // The records cited by one web page alone.
    const QStringList cited =
        TestSupport::scalar(*m_db, QStringLiteral("SELECT group_concat(id) FROM (SELECT "
                                                  "o.%1_id AS id FROM %1_sources o JOIN sources "
                                                  "s ON s.id = o.source_id GROUP BY o.%1_id "
                                                  "HAVING count(*) = 1 AND max(s.url) LIKE "
                                                  "'https://%')")
                                       .arg(owner))
            .toString()
            .split(QLatin1Char(','));
    QTableView *list = w.view(exchange ? "exchangesView" : "pairingsView");
    w.window->findChild<QTabWidget *>(QStringLiteral("lists"))->setCurrentWidget(list);
    // One of them among the rows the list has read.
    qint64 id = 0;
    for (int row = 0; !id && row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (cited.contains(index.data(Roles::RecordIdRole).toString())) {
            id = index.data(Roles::RecordIdRole).toLongLong();
            list->setCurrentIndex(index);
        }
    }
    if (!id)
        return {};
    const QString url =
        TestSupport::scalar(*m_db, QStringLiteral("SELECT s.url FROM %1_sources o JOIN sources s "
                                                  "ON s.id = o.source_id WHERE o.%1_id = %2")
                                       .arg(owner)
                                       .arg(id))
            .toString();
    auto *label = w.window->findChild<QLabel *>(exchange ? QStringLiteral("exchangeSourcesLabel")
                                                         : QStringLiteral("sourcesLabel"));
    if (!label || !label->isVisible())
        return {};
    // The link is the label's first line.
    const QPoint first =
        label->contentsRect().topLeft() +
        QPoint(label->fontMetrics().averageCharWidth() * 2, label->fontMetrics().height() / 2);
    QTest::mouseClick(label, Qt::LeftButton, {}, first);
    return url;
}

void TestSourceLinks::aLinkGoesToTheBrowser_data()
{
    QTest::addColumn<bool>("exchange");
    QTest::newRow("pairing") << false;
    QTest::newRow("exchange") << true;
}

void TestSourceLinks::aLinkGoesToTheBrowser()
{
    QFETCH(bool, exchange);
    Browser browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    TestWindow w(*m_db);
    bool boxShown = false;
    QObject watching; // no longer waits once this returns
    QTimer::singleShot(0, &watching, [&] {
        if (auto *box = QApplication::activeModalWidget()) {
            boxShown = true;
            box->close();
        }
    });
    const QString url = clickTheSource(w, exchange);
    QCoreApplication::processEvents(); // a message box would have come by now
    QVERIFY(!url.isEmpty());
    QCOMPARE(browser.opened.size(), 1);
    QCOMPARE(browser.opened.first(), QUrl(url));
    QVERIFY(!boxShown);
}

void TestSourceLinks::aLinkNoBrowserTakesIsSaidInTheWindow_data()
{
    aLinkGoesToTheBrowser_data();
}

void TestSourceLinks::aLinkNoBrowserTakesIsSaidInTheWindow()
{
    QFETCH(bool, exchange);
    TestWindow w(*m_db);
    QString told;
    QString address;
    QObject watching; // no longer waits once this returns
    QTimer::singleShot(0, &watching, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("linkNotOpenedBox"));
        QCOMPARE(box->parentWidget(), w.window.get());
        told = box->text();
        address = box->informativeText();
        box->accept();
    });
    const QString url = clickTheSource(w, exchange);
    QVERIFY(!url.isEmpty());
    QVERIFY2(told.contains(QStringLiteral("could not be opened")), qPrintable(told));
    QCOMPARE(address, QUrl(url).toDisplayString());
}

QTEST_MAIN(TestSourceLinks)
#include "tst_sourcelinks.moc"
