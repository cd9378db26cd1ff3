// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

// File > Import Pairings… through the real window: a file whose columns have other names is
// mapped in the preview (Import held until the needed fields have a column), then imported and
// undone; a file with bad rows lists each in the preview and cannot be imported.
class TestImporting : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void columnsMappedThenImportedAndUndone();
    void badRowsAreListedAndHoldTheImport();
    void rowsOfHeldRecordsMergedWhenChosen();

private:
    // Opens path through File > Import Pairings… and runs check on the preview.
    void importThrough(TestWindow &w, const QString &path,
                       const std::function<void(QDialog *)> &check);
    int sql(const QString &query) const { return TestSupport::scalar(*m_db, query).toInt(); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestImporting::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestImporting::init()
{
    QSettings(QSettings::UserScope, QStringLiteral("Bridges"), QStringLiteral("Bridges")).clear();
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = TestSupport::createWithShippedData(*m_dir);
}

void TestImporting::importThrough(TestWindow &w, const QString &path,
                                  const std::function<void(QDialog *)> &check)
{
    bool checked = false;
    QTimer::singleShot(0, [&] {
        auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(files);
        QCOMPARE(files->objectName(), QStringLiteral("importFileDialog"));
        files->selectFile(path);
        QTimer::singleShot(0, [&] {
            auto *preview = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(preview);
            QCOMPARE(preview->objectName(), QStringLiteral("importDialog"));
            check(preview);
            if (preview->isVisible())
                preview->reject();
            checked = true;
        });
        QMetaObject::invokeMethod(files, "accept"); // as Open does
    });
    w.window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
    QVERIFY(checked);
}

void TestImporting::columnsMappedThenImportedAndUndone()
{
    const QString path = m_dir->filePath(QStringLiteral("from-a-spreadsheet.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Level;Relation;Chinese place;Province;US place;State;Established\r\n"
                   "city;sister;Lianyungang;Jiangsu;Peoria;IL;2024-05\r\n");
    }
    TestWindow w(*m_db);
    const int pairings = sql(QStringLiteral("SELECT count(*) FROM pairings"));
    importThrough(w, path, [&](QDialog *preview) {
        auto *summary = preview->findChild<QLabel *>(QStringLiteral("summaryLabel"));
        auto *import = preview->findChild<QPushButton *>(QStringLiteral("importButton"));
        // The file as it is, under its own column names.
        auto *firstRows = preview->findChild<QTableWidget *>(QStringLiteral("firstRowsTable"));
        QVERIFY(firstRows);
        QCOMPARE(firstRows->rowCount(), 1);
        QCOMPARE(firstRows->horizontalHeaderItem(2)->text(), QStringLiteral("Chinese place"));
        QCOMPARE(firstRows->item(0, 2)->text(), QStringLiteral("Lianyungang"));
        QCOMPARE(firstRows->verticalHeaderItem(0)->text(), QStringLiteral("Line 2"));
        // Level, relation and established match by name; the places do not.
        QCOMPARE(preview->findChild<QComboBox *>(QStringLiteral("level"))->currentText(),
                 QStringLiteral("Level"));
        QCOMPARE(preview->findChild<QComboBox *>(QStringLiteral("established"))->currentText(),
                 QStringLiteral("Established"));
        QVERIFY2(summary->text().contains(QStringLiteral("no column “cn_name_en”")),
                 qPrintable(summary->text()));
        QVERIFY(!import->isEnabled());
        const std::pair<const char *, const char *> choices[] = {{"cn_name_en", "Chinese place"},
                                                                 {"cn_province_en", "Province"},
                                                                 {"us_name", "US place"},
                                                                 {"us_state", "State"}};
        for (const auto &[field, column] : choices) {
            auto *box = preview->findChild<QComboBox *>(QLatin1String(field));
            box->setCurrentIndex(box->findText(QLatin1String(column)));
        }
        QVERIFY2(summary->text() ==
                     QStringLiteral("Importing adds 1 pairing, 2 places and 0 sources."),
                 qPrintable(summary->text()));
        QVERIFY(import->isEnabled());
        import->click();
        QVERIFY(!preview->isVisible());
    });
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pairings")), pairings + 1);
    QVERIFY(TestSupport::pairingId(*m_db, QStringLiteral("Lianyungang"), QStringLiteral("Peoria")));
    auto *undo = w.window->findChild<QAction *>(QStringLiteral("undoAction"));
    QCOMPARE(undo->text(), QStringLiteral("&Undo Import 1 pairing from from-a-spreadsheet.csv"));
    undo->trigger();
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pairings")), pairings);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM places WHERE name_en = 'Lianyungang'")), 0);
}

void TestImporting::badRowsAreListedAndHoldTheImport()
{
    TestWindow w(*m_db);
    const QString before = TestSupport::dump(*m_db);
    importThrough(
        w, TestSupport::dataFile(QStringLiteral("bad/pairings-problems.csv")),
        [&](QDialog *preview) {
            auto *problems = preview->findChild<QTableWidget *>(QStringLiteral("problemsTable"));
            QCOMPARE(problems->rowCount(), 5);
            QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("2"));
            QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("established"));
            QVERIFY(problems->item(0, 2)->text().contains(QStringLiteral("month 13")));
            QVERIFY(
                !preview->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        });
    QCOMPARE(TestSupport::dump(*m_db), before);
}

// A places file naming places the database holds: left out at first, with what they would fill
// in and where they differ; once "Fill in" is ticked, Import merges them, and undo takes it
// back.
void TestImporting::rowsOfHeldRecordsMergedWhenChosen()
{
    const QString path = m_dir->filePath(QStringLiteral("places.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("country,kind,name_en,province_state,lat,lon\n"
                   "US,city,Alhambra,CA,34.09,-118.13\n"
                   "CN,city,Nanjing,Jiangsu,10,10\n");
    }
    TestWindow w(*m_db);
    const QString before = TestSupport::dump(*m_db);
    importThrough(w, path, [&](QDialog *preview) {
        QCOMPARE(preview->findChild<QComboBox *>(QStringLiteral("kindBox"))->currentText(),
                 QStringLiteral("Places"));
        auto *summary = preview->findChild<QLabel *>(QStringLiteral("summaryLabel"));
        auto *import = preview->findChild<QPushButton *>(QStringLiteral("importButton"));
        auto *differences = preview->findChild<QTableWidget *>(QStringLiteral("differencesTable"));
        QVERIFY2(summary->text().contains(QStringLiteral("One of them knows something")),
                 qPrintable(summary->text()));
        QVERIFY(!import->isEnabled());
        QVERIFY(differences->isVisibleTo(preview));
        QCOMPARE(differences->rowCount(), 2);
        QCOMPARE(differences->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(differences->item(0, 3)->text(), QStringLiteral("10"));
        preview->findChild<QCheckBox *>(QStringLiteral("mergeBox"))->setChecked(true);
        QVERIFY2(summary->text().contains(QStringLiteral("from line 2")),
                 qPrintable(summary->text()));
        QVERIFY(import->isEnabled());
        import->click();
        QVERIFY(!preview->isVisible());
    });
    QCOMPARE(TestSupport::scalar(*m_db, QStringLiteral("SELECT latitude FROM places WHERE "
                                                       "name_en = 'Alhambra'"))
                 .toDouble(),
             34.09);
    auto *undo = w.window->findChild<QAction *>(QStringLiteral("undoAction"));
    QCOMPARE(undo->text(), QStringLiteral("&Undo Fill in 1 record held already from places.csv"));
    undo->trigger();
    QCOMPARE(TestSupport::dump(*m_db), before);
}

QTEST_MAIN(TestImporting)
#include "tst_importing.moc"
