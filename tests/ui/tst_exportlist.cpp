// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// File > Export List… through the real window: the list in view, as the filters keep it, goes
// to the file named in the dialog, as CSV or JSON by its suffix; the status bar says how many.
class TestExportList : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void filteredPairingsToCsv();
    void exchangesToJson();
    void cancelledDialogWritesNothing();

private:
    // Triggers File > Export List… and answers its dialog with path (empty: Cancel).
    static void exportTo(TestWindow &w, const QString &path);
    int sql(const QString &query) const { return TestSupport::scalar(*m_db, query).toInt(); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestExportList::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExportList::init()
{
    QSettings(QSettings::UserScope, QStringLiteral("Bridges"), QStringLiteral("Bridges")).clear();
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = TestSupport::createWithShippedData(*m_dir);
}

void TestExportList::exportTo(TestWindow &w, const QString &path)
{
    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("exportListDialog"));
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        if (path.isEmpty()) {
            dialog->reject();
        } else {
            dialog->selectFile(path);
            QMetaObject::invokeMethod(dialog, "accept"); // as Save does
        }
        answered = true;
    });
    w.window->findChild<QAction *>(QStringLiteral("exportListAction"))->trigger();
    QVERIFY(answered);
}

void TestExportList::filteredPairingsToCsv()
{
    TestWindow w(*m_db);
    auto *level = w.window->findChild<QComboBox *>(QStringLiteral("levelFilter"));
    level->setCurrentIndex(level->findData(QStringLiteral("province_state")));
    // With the map in view: it shows pairings, so the pairings are written.
    w.window->findChild<QTabWidget *>(QStringLiteral("lists"))->setCurrentIndex(2);
    const QString path = m_dir->filePath(QStringLiteral("provinces.csv"));
    exportTo(w, path);
    const int expected =
        sql(QStringLiteral("SELECT count(*) FROM pairings WHERE level = 'province_state'"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QVERIFY(lines.first().startsWith("id,level,relation,"));
    // Every row is a province-level pairing (notes may span lines, so count those rows).
    QVERIFY(lines.count() - 1 >= expected);
    int rows = 0;
    for (const QByteArray &line : lines)
        rows += line.contains(",province_state,") ? 1 : 0;
    QCOMPARE(rows, expected);
    QVERIFY2(w.window->statusBar()->currentMessage().startsWith(
                 QStringLiteral("%1 pairings written to").arg(expected)),
             qPrintable(w.window->statusBar()->currentMessage()));
}

void TestExportList::exchangesToJson()
{
    TestWindow w(*m_db);
    w.window->findChild<QTabWidget *>(QStringLiteral("lists"))->setCurrentIndex(1);
    const QString path = m_dir->filePath(QStringLiteral("exchanges.json"));
    exportTo(w, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(rows.size(), sql(QStringLiteral("SELECT count(*) FROM exchanges")));
    QVERIFY(rows.first().toObject().contains(QStringLiteral("pairings")));
}

void TestExportList::cancelledDialogWritesNothing()
{
    TestWindow w(*m_db);
    exportTo(w, QString());
    QVERIFY(QDir(m_dir->path())
                .entryList({QStringLiteral("*.csv"), QStringLiteral("*.json")}, QDir::Files)
                .isEmpty());
}

QTEST_MAIN(TestExportList)
#include "tst_exportlist.moc"
