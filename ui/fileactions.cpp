// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fileactions.h"

#include "app/commands/commands.h"
#include "app/io/listexport.h"
#include "app/models/exchangelistmodel.h"
#include "app/models/filterchoicesmodel.h"
#include "app/models/filterdescription.h"
#include "app/models/pairinglistmodel.h"
#include "app/models/workspace.h"
#include "ui/chart/chartcaptions.h"
#include "ui/chart/chartspane.h"
#include "ui/dialogs/exportdrawingdialog.h"
#include "ui/dialogs/importdialog.h"
#include "ui/map/mapfile.h"
#include "ui/map/mapview.h"
#include "ui/report/pairingreport.h"
#include "ui/report/reportfile.h"
#include "ui/settings.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>

#include <climits>

FileActions::FileActions(Workspace &workspace, Commands &commands, Views views, QWidget *window)
    : QObject(window), m_workspace(workspace), m_commands(commands), m_window(window),
      m_charts(views.charts), m_mapView(views.map),
      m_pairingsInView(std::move(views.pairingsInView)),
      m_databaseName(std::move(views.databaseName))
{
    const auto action = [this](const QString &text, const char *name, const QKeySequence &keys,
                               void (FileActions::*slot)()) {
        auto *made = new QAction(text, this);
        made->setObjectName(QLatin1String(name));
        made->setShortcut(keys);
        connect(made, &QAction::triggered, this, slot);
        return made;
    };
    m_import = action(tr("&Import…"), "importAction", tr("Ctrl+I"), &FileActions::importFile);
    m_exportList =
        action(tr("Export &List…"), "exportListAction", tr("Ctrl+E"), &FileActions::exportList);
    m_exportChart = action(tr("&Export Chart…"), "exportChartAction", tr("Ctrl+Shift+E"),
                           &FileActions::exportChart);
    m_exportMap = action(tr("Export &Map…"), "exportMapAction", {}, &FileActions::exportMap);
    m_printReport =
        action(tr("&Print…"), "printReportAction", QKeySequence::Print, &FileActions::printReport);
    m_exportReport =
        action(tr("Export &Report…"), "exportReportAction", {}, &FileActions::exportReport);
    connect(&m_workspace.pairingDetail, &PairingDetailModel::changed, this,
            &FileActions::updateReportActions);
    updateReportActions();
}

// The report of the pairing chosen, read; none when none is chosen, or it cannot be read (the
// user is told why).
std::unique_ptr<PairingReport> FileActions::chosenReport()
{
    if (!m_workspace.pairingDetail.hasPairing())
        return nullptr;
    auto report = std::make_unique<PairingReport>(m_workspace.database, m_databaseName);
    QString error;
    if (!report->read(m_workspace.pairingDetail.detail().pairing.id, &error)) {
        emit failed(error);
        return nullptr;
    }
    return report;
}

// A report is of the pairing chosen in the pairings list (or on the map).
void FileActions::updateReportActions()
{
    const bool chosen = m_workspace.pairingDetail.hasPairing();
    m_printReport->setEnabled(chosen);
    m_exportReport->setEnabled(chosen);
}

void FileActions::printReport()
{
    const std::unique_ptr<PairingReport> chosen = chosenReport();
    if (!chosen)
        return;
    const PairingReport &report = *chosen;
    QString error;
    QPrinter printer(QPrinter::HighResolution);
    ReportFile::preparePrinter(printer, report);
    QPrintDialog dialog(&printer, m_window);
    dialog.setObjectName(QStringLiteral("printReportDialog"));
    dialog.setWindowTitle(tr("Print the Report of %1").arg(report.title()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!ReportFile::print(report, printer, &error)) {
        emit failed(error);
        return;
    }
    emit done(printer.outputFileName().isEmpty()
                  ? tr("Report of %1 sent to %2").arg(report.title(), printer.printerName())
                  : tr("Report of %1 written to %2")
                        .arg(report.title(), QDir::toNativeSeparators(printer.outputFileName())),
              6000);
}

// The chosen pairing's report as a PDF, named after its two places in the folder last used;
// the file dialog asks before replacing a file.
void FileActions::exportReport()
{
    const std::unique_ptr<PairingReport> chosen = chosenReport();
    if (!chosen)
        return;
    const PairingReport &report = *chosen;
    QString error;
    Settings settings;
    QFileDialog dialog(m_window, tr("Export Report"),
                       QDir(settings.exportFolder()).filePath(report.fileName()));
    dialog.setObjectName(QStringLiteral("exportReportDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({tr("PDF (*.pdf)")});
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().first();
    if (!ReportFile::writePdf(report, path, &error)) {
        emit failed(error);
        return;
    }
    settings.setExportFolder(QFileInfo(path).absolutePath());
    emit done(tr("Report of %1 written to %2").arg(report.title(), QDir::toNativeSeparators(path)),
              6000);
}

// The list in view, as the filters keep it, to CSV or JSON; a long one shows its progress and
// can be cancelled, leaving no file behind.
void FileActions::exportList()
{
    const bool pairings = m_pairingsInView();
    const Filter filter = pairings ? m_workspace.pairings.filter() : m_workspace.exchanges.filter();
    const qint64 total =
        pairings ? m_workspace.pairings.totalCount() : m_workspace.exchanges.totalCount();
    Settings settings;
    const QString folder = settings.exportFolder();
    QFileDialog dialog(m_window, pairings ? tr("Export Pairings") : tr("Export Exchanges"),
                       QDir(folder).filePath(pairings ? tr("pairings.csv") : tr("exchanges.csv")));
    dialog.setObjectName(QStringLiteral("exportListDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({tr("CSV, for spreadsheets (*.csv)"), tr("JSON (*.json)")});
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    // Choosing a format gives the name its suffix, so the file is what its name says.
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog](const QString &chosen) {
        const QString suffix =
            chosen.contains(QLatin1String("json")) ? QStringLiteral("json") : QStringLiteral("csv");
        dialog.setDefaultSuffix(suffix);
        const QStringList selected = dialog.selectedFiles();
        if (!selected.isEmpty()) {
            const QFileInfo file(selected.first());
            dialog.selectFile(file.completeBaseName() + QLatin1Char('.') + suffix);
        }
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().first();
    const auto format =
        QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0
            ? ListExport::Format::Json
            : ListExport::Format::Csv;
    QProgressDialog progress(pairings ? tr("Writing %1 pairings…").arg(QLocale().toString(total))
                                      : tr("Writing %1 exchanges…").arg(QLocale().toString(total)),
                             tr("Cancel"), 0, int(std::min<qint64>(total, INT_MAX)), m_window);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QString error;
    const qint64 rows = ListExport::write(
        m_workspace.database, pairings ? ListExport::List::Pairings : ListExport::List::Exchanges,
        format, filter, path,
        [&progress](qint64 written) {
            progress.setValue(int(std::min<qint64>(written, progress.maximum())));
            return !progress.wasCanceled();
        },
        &error);
    progress.reset();
    if (rows < 0) {
        if (!error.isEmpty())
            emit failed(error);
        else
            emit done(tr("Export cancelled; no file was written."), 6000);
        return;
    }
    settings.setExportFolder(QFileInfo(path).absolutePath());
    emit done((pairings ? tr("%1 pairings written to %2") : tr("%1 exchanges written to %2"))
                  .arg(QLocale().toString(rows), QDir::toNativeSeparators(path)),
              6000);
}

// A file of pairings or exchanges, looked at in the import dialog before anything is written.
void FileActions::importFile()
{
    Settings settings;
    const QString folder = settings.exportFolder();
    QFileDialog dialog(m_window, tr("Import Pairings, Exchanges or Places"), folder);
    dialog.setObjectName(QStringLiteral("importFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilters({tr("CSV or JSON (*.csv *.txt *.json)"), tr("CSV (*.csv *.txt)"),
                           tr("JSON list (*.json)"), tr("All files (*)")});
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().first();
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        emit failed(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), input.errorString()));
        return;
    }
    ImportDialog preview(m_commands, input.readAll(), QFileInfo(path).fileName(), m_window);
    if (preview.exec() == QDialog::Accepted)
        emit done(tr("Imported %1").arg(QDir::toNativeSeparators(path)), 6000);
}

void FileActions::exportChart()
{
    Settings settings;
    m_charts->waitForCounts(); // the caption says what the counts show
    const ChartCaption caption = m_charts->caption();
    const QString folder = settings.exportFolder();
    const QString name = m_charts->currentTab() == 0 ? tr("timeline") : tr("statistics");
    ExportDrawingDialog dialog(tr("Export Chart"),
                               QDir(folder).filePath(name + QStringLiteral(".png")), caption.title,
                               m_window);
    dialog.setDrawingSize(m_charts->fileSize(settings.exportSize()));
    dialog.setDpi(settings.exportDpi());
    if (dialog.exec() != QDialog::Accepted)
        return;
    ChartCaption chosen = caption;
    chosen.title = dialog.title();
    QString error;
    if (!m_charts->writeFile(chosen, dialog.path(), dialog.format(), dialog.drawingSize(),
                             dialog.dpi(), &error)) {
        emit failed(error);
        return;
    }
    settings.setExportFolder(QFileInfo(dialog.path()).absolutePath());
    settings.setExportSize(dialog.drawingSize());
    settings.setExportDpi(dialog.dpi());
    emit done(tr("Chart exported to %1").arg(QDir::toNativeSeparators(dialog.path())), 6000);
}

// The map of the pairings the filters keep, China and the US whole, with its title, the
// filters and the credit; the chosen pairing marked.
void FileActions::exportMap()
{
    Settings settings;
    const QString folder = settings.exportFolder();
    ExportDrawingDialog dialog(tr("Export Map"),
                               QDir(folder).filePath(tr("map") + QStringLiteral(".png")),
                               tr("China–US sister pairings"), m_window);
    dialog.setObjectName(QStringLiteral("exportMapDialog"));
    dialog.setDrawingSize(QSize(1600, 1000));
    dialog.setDpi(settings.exportDpi());
    if (dialog.exec() != QDialog::Accepted)
        return;
    MapModel &map = m_workspace.map;
    map.setWanted(true); // read now if the map is not in view
    const ChartCaption caption{dialog.title(),
                               FilterDescription::text(map.filter(), m_workspace.choices.choices()),
                               ChartCaptions::source(m_databaseName)};
    QString error;
    const bool written =
        MapFile::write(map, caption, m_mapView->selectedPairing(), dialog.path(), dialog.format(),
                       dialog.drawingSize(), dialog.dpi(), &error);
    map.setWanted(m_mapView->isVisible());
    if (!written) {
        emit failed(error);
        return;
    }
    settings.setExportFolder(QFileInfo(dialog.path()).absolutePath());
    settings.setExportDpi(dialog.dpi());
    emit done(tr("Map exported to %1").arg(QDir::toNativeSeparators(dialog.path())), 6000);
}
