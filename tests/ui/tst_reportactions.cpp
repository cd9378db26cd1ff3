// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/database.h"
#include "tests/support/guifixture.h"
#include "tests/support/pdftext.h"
#include "tests/support/testwindow.h"
#include "ui/language.h"
#include "ui/report/pairingreport.h"
#include "ui/report/reportfile.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPrinter>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTableView>

// File > Print… and File > Export Report… through the real window: both act on the pairing
// chosen in the pairings list and are off while none is; Export Report… offers the file under
// the pairing's name and writes its report there; the printer gets the same pages as the PDF.
// The report says a pairing's date, status and notes in the words of the window's detail,
// when they are known and when they are not, in English and in Chinese.
class TestReportActions : public QObject, private GuiFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { useTestLocations(); }
    void init() { freshDatabase(); }
    void offWhileNoPairingIsChosen();
    void exportsTheChosenPairing();
    void printerGetsTheReport();
    void reportSaysWhatTheWindowSays_data();
    void reportSaysWhatTheWindowSays();

private:
    static QAction *action(TestWindow &w, const char *name)
    {
        return w.window->findChild<QAction *>(QLatin1String(name));
    }
    // Chooses the pairing in the pairings list, as a click on its row does.
    static void choose(TestWindow &w, qint64 pairingId)
    {
        QTableView *view = w.view("pairingsView");
        const int row = w.pairings.rowOfPairing(pairingId);
        QVERIFY(row >= 0);
        view->setCurrentIndex(w.pairings.index(row, 0));
    }
    qint64 nanjing() const
    {
        return TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"),
                                      QStringLiteral("St. Louis"));
    }
};

void TestReportActions::offWhileNoPairingIsChosen()
{
    TestWindow w(*m_db);
    QAction *print = action(w, "printReportAction");
    QAction *exportReport = action(w, "exportReportAction");
    QVERIFY(print && exportReport);
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    QVERIFY(!print->isEnabled());
    QVERIFY(!exportReport->isEnabled());
    choose(w, nanjing());
    QVERIFY(print->isEnabled());
    QVERIFY(exportReport->isEnabled());
    // Choosing nothing again (a filter that hides it, a click beside the rows) turns them off.
    w.view("pairingsView")->selectionModel()->clear();
    w.view("pairingsView")->setCurrentIndex(QModelIndex());
    QVERIFY(!print->isEnabled());
    QVERIFY(!exportReport->isEnabled());
}

void TestReportActions::exportsTheChosenPairing()
{
    TestWindow w(*m_db);
    choose(w, nanjing());
    const QString path = m_dir->filePath(QStringLiteral("dossier.pdf"));
    QString offered;
    withDialog(action(w, "exportReportAction"), [&](QWidget *widget) {
        auto *dialog = qobject_cast<QFileDialog *>(widget);
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("exportReportDialog"));
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        offered = QFileInfo(dialog->selectedFiles().value(0)).fileName();
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept"); // as Save does
    });
    QCOMPARE(offered, QStringLiteral("Nanjing – St. Louis.pdf"));
    const PdfText::Result text = PdfText::text(path);
    QVERIFY2(text.ok, qPrintable(text.text));
    for (const char *shown : {"Nanjing 南京 – St. Louis", "Nov 1979", "Nanjing sends face masks"})
        QVERIFY2(text.text.contains(QString::fromUtf8(shown)), qPrintable(text.text));
    const int pages = PdfText::info(path, QStringLiteral("Pages")).toInt();
    QVERIFY(pages == 1 || pages == 2);
    QVERIFY2(w.window->statusBar()->currentMessage().contains(path),
             qPrintable(w.window->statusBar()->currentMessage()));
}

void TestReportActions::reportSaysWhatTheWindowSays_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("us");
    QTest::newRow("English, no status, a date") << "en"
                                                << "St. Louis";
    QTest::newRow("Chinese, no status, a date") << "zh_CN"
                                                << "St. Louis";
    // No source gives the year of Anqing – Calabasas.
    QTest::newRow("English, no date") << "en"
                                      << "Calabasas";
    QTest::newRow("Chinese, no date") << "zh_CN"
                                      << "Calabasas";
}

void TestReportActions::reportSaysWhatTheWindowSays()
{
    QFETCH(QString, language);
    QFETCH(QString, us);
    QCOMPARE(Language::apply(language), language);
    const auto english = qScopeGuard([] { Language::apply(QStringLiteral("en")); });
    const qint64 pairing = TestSupport::pairingId(
        *m_db,
        us == QLatin1String("Calabasas") ? QStringLiteral("Anqing") : QStringLiteral("Nanjing"),
        us);
    QVERIFY(pairing > 0);
    TestWindow w(*m_db);
    choose(w, pairing);
    const QString path = m_dir->filePath(QStringLiteral("said.pdf"));
    withDialog(action(w, "exportReportAction"), [&](QWidget *widget) {
        auto *dialog = qobject_cast<QFileDialog *>(widget);
        QVERIFY(dialog);
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    const PdfText::Result text = PdfText::text(path);
    QVERIFY2(text.ok, qPrintable(text.text));
    for (const char *label : {"establishedLabel", "statusLabel", "notesLabel"}) {
        const QString said = w.text(label).simplified();
        QVERIFY2(text.text.contains(said),
                 qPrintable(said + QStringLiteral(" not in: ") + text.text));
    }
    if (us == QLatin1String("St. Louis"))
        QCOMPARE(w.text("statusLabel"),
                 QCoreApplication::translate("PairingFacts", "Not recorded"));
    else
        QCOMPARE(
            w.text("establishedLabel"),
            QCoreApplication::translate("PairingFacts", "Not known: no source gives the date."));
}

// Print… draws with the same routine as the PDF: a printer writing to a file gets those pages.
void TestReportActions::printerGetsTheReport()
{
    PairingReport report(*m_db, QStringLiteral("test.sqlite"));
    QString error;
    QVERIFY2(report.read(nanjing(), &error), qPrintable(error));
    QVERIFY(!report.read(987654, &error));
    QVERIFY2(error.contains(QLatin1String("987654")), qPrintable(error));
    QVERIFY2(report.read(nanjing(), &error), qPrintable(error));
    QPrinter printer(QPrinter::HighResolution);
    ReportFile::preparePrinter(printer, report);
    const QString path = m_dir->filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    QVERIFY2(ReportFile::print(report, printer, &error), qPrintable(error));
    const QString written = m_dir->filePath(QStringLiteral("written.pdf"));
    QVERIFY2(ReportFile::writePdf(report, written, &error), qPrintable(error));
    QCOMPARE(PdfText::info(path, QStringLiteral("Pages")),
             PdfText::info(written, QStringLiteral("Pages")));
    QCOMPARE(PdfText::text(path).text, PdfText::text(written).text);
}

QTEST_MAIN(TestReportActions)
#include "tst_reportactions.moc"
