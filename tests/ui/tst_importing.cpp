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
    void everyProblemOfARowIsListed();
    void theMapperNamesFieldsInWords();
    void anUnclosedQuoteIsARowsProblem();

private:
    // Opens path through File > Import Pairings… and runs check on the preview.
    void importThrough(TestWindow &w, const QString &path,
                       const std::function<void(QDialog *)> &check);
    int sql(const QString &query) const { return TestSupport::scalar(*m_db, query).toInt(); }
    QString write(const QString &name, const QByteArray &bytes) const;
    // The problems table's rows: "line | field | problem".
    static QStringList problemsShown(QDialog *preview);
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
        // Said in the mapper's words, before anything is read.
        QVERIFY2(summary->text().startsWith(
                     QStringLiteral("Choose the columns of your file that hold ")),
                 qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QStringLiteral("“Chinese place, English name”")));
        QVERIFY(summary->text().contains(QStringLiteral("“US place, name”")));
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
            QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("Established"));
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

QString TestImporting::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QStringList TestImporting::problemsShown(QDialog *preview)
{
    auto *problems = preview->findChild<QTableWidget *>(QStringLiteral("problemsTable"));
    QStringList shown;
    for (int row = 0; problems && row < problems->rowCount(); ++row) {
        shown << QStringLiteral("%1 | %2 | %3")
                     .arg(problems->item(row, 0)->text(), problems->item(row, 1)->text(),
                          problems->item(row, 2)->text());
    }
    return shown;
}

// A row with a bad level and a bad date: both are listed, each with its line and field, and
// a word that is not one of a list's says which are.
void TestImporting::everyProblemOfARowIsListed()
{
    const QString path =
        write(QStringLiteral("two-wrongs.csv"),
              "level,relation,cn_name_en,cn_province_en,us_name,us_state,established\n"
              "city,sister,Lianyungang,Jiangsu,Peoria,IL,2024-05\n"
              "town,sister,Xuzhou,Jiangsu,Tulsa,OK,2023-13-45\n");
    TestWindow w(*m_db);
    importThrough(w, path, [&](QDialog *preview) {
        const QStringList shown = problemsShown(preview);
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.at(0), QStringLiteral("3 | Level | “town” is not one of: city, county, "
                                             "district, province_state."));
        QVERIFY2(shown.at(1).startsWith(QStringLiteral("3 | Established | ")),
                 qPrintable(shown.at(1)));
        QVERIFY2(shown.at(1).contains(QStringLiteral("13")), qPrintable(shown.at(1)));
        auto *summary = preview->findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QVERIFY2(summary->text().startsWith(QStringLiteral("1 row has problems")),
                 qPrintable(summary->text()));
        QVERIFY(!preview->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    });
}

// Each field in words, the file's column it is read from beside it.
void TestImporting::theMapperNamesFieldsInWords()
{
    const QString path = write(QStringLiteral("coordinates.csv"),
                               "level,relation,cn_name_en,cn_lat,cn_lon,us_name,Lat US\n"
                               "city,sister,Lianyungang,34.6,119.2,Peoria,40.7\n");
    TestWindow w(*m_db);
    importThrough(w, path, [&](QDialog *preview) {
        auto *mapping = preview->findChild<QTableWidget *>(QStringLiteral("mappingTable"));
        QVERIFY(mapping);
        QStringList rows;
        for (int row = 0; row < mapping->rowCount(); ++row) {
            const auto *column = qobject_cast<QComboBox *>(mapping->cellWidget(row, 1));
            rows << QStringLiteral("%1: %2").arg(mapping->item(row, 0)->text(),
                                                 column->currentText());
        }
        QVERIFY2(rows.contains(QStringLiteral("Chinese place, latitude: cn_lat")),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(rows.contains(QStringLiteral("Chinese place, English name: cn_name_en")));
        QVERIFY(rows.contains(QStringLiteral("US place, latitude: (none)")));
        for (const QString &row : std::as_const(rows))
            QVERIFY2(!row.startsWith(QStringLiteral("cn_")), qPrintable(row));
        // The file's own names stay at hand for those who write files for Bridges.
        auto *box = preview->findChild<QComboBox *>(QStringLiteral("us_lat"));
        box->setCurrentIndex(box->findText(QStringLiteral("Lat US")));
        const QStringList shown = problemsShown(preview);
        QCOMPARE(shown.size(), 1); // a latitude without its longitude
        QVERIFY2(shown.first().startsWith(QStringLiteral("2 | US place, latitude | ")),
                 qPrintable(shown.first()));
    });
}

// A quote never closed is the problem of its row, with its line, in the table with the others;
// the rows after it are read, and the import waits until the file is put right.
void TestImporting::anUnclosedQuoteIsARowsProblem()
{
    const QString path = write(QStringLiteral("stray-quote.csv"),
                               "level,relation,cn_name_en,cn_province_en,us_name,us_state,note\n"
                               "city,sister,Lianyungang,Jiangsu,Peoria,IL,\n"
                               "city,sister,Xuzhou,Jiangsu,Tulsa,OK,\"a statue, 6 ft tall\n"
                               "village,sister,Yancheng,Jiangsu,Peoria,IL,\n"
                               "city,sister,Suqian,Jiangsu,Tulsa,OK,\n");
    TestWindow w(*m_db);
    const QString before = TestSupport::dump(*m_db);
    importThrough(w, path, [&](QDialog *preview) {
        const QStringList shown = problemsShown(preview);
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.at(0), QStringLiteral("3 | Note | a quoted field is never closed."));
        QVERIFY2(shown.at(1).startsWith(QStringLiteral("4 | Level | ")), qPrintable(shown.at(1)));
        auto *summary = preview->findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QVERIFY2(summary->text().startsWith(QStringLiteral("2 rows have problems")),
                 qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("2 pairings")),
                 qPrintable(summary->text()));
        QVERIFY(!preview->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    });
    QCOMPARE(TestSupport::dump(*m_db), before);
}

QTEST_MAIN(TestImporting)
#include "tst_importing.moc"
