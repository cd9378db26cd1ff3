// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/reportfile.h"

#include "ui/chart/chartfile.h"
#include "ui/report/pairingreport.h"
#include "ui/report/reportpainter.h"

#include <QCoreApplication>
#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

namespace ReportFile {
namespace {
// The report is laid out in dots of 1/96 inch on every device, so that fonts in points and the
// charts drawn for screens come out alike in a PDF and on a printer.
constexpr int resolution = 96;
const QMarginsF margins(15, 15, 15, 15); // millimetres

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportFile", text);
}
} // namespace

QPageSize::PageSizeId paperFor(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Guatemala:
    case QLocale::ElSalvador:
    case QLocale::Honduras:
    case QLocale::Nicaragua:
    case QLocale::CostaRica:
    case QLocale::Panama:
    case QLocale::PuertoRico:
    case QLocale::DominicanRepublic:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Chile:
    case QLocale::Philippines:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

int paint(const PairingReport &report, QPagedPaintDevice &device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    const ReportPainter pages(report, &device, QSizeF(device.width(), device.height()));
    for (int page = 0; page < pages.pageCount(); ++page) {
        if (page > 0 && !device.newPage())
            return 0;
        pages.paintPage(painter, page);
    }
    return painter.end() ? pages.pageCount() : 0;
}

bool writePdf(const PairingReport &report, const QString &path, QString *error)
{
    return ChartFile::writeWhole(
        path,
        [&report](QIODevice &file) {
            // The writer finishes the PDF when it goes, before the file is committed.
            QPdfWriter pdf(&file);
            pdf.setCreator(QStringLiteral("Bridges"));
            pdf.setTitle(report.title());
            pdf.setResolution(resolution);
            pdf.setPageSize(QPageSize(paperFor()));
            pdf.setPageMargins(margins, QPageLayout::Millimeter);
            return paint(report, pdf) > 0;
        },
        error);
}

void preparePrinter(QPrinter &printer, const PairingReport &report)
{
    printer.setDocName(report.title());
    printer.setCreator(QStringLiteral("Bridges"));
    printer.setPageSize(QPageSize(paperFor()));
    printer.setPageMargins(margins, QPageLayout::Millimeter);
}

bool print(const PairingReport &report, QPrinter &printer, QString *error)
{
    printer.setResolution(resolution);
    if (paint(report, printer) == 0) {
        *error = printer.outputFileName().isEmpty()
                     ? tr("Cannot print on “%1”.").arg(printer.printerName())
                     : tr("Cannot print into “%1”.")
                           .arg(QDir::toNativeSeparators(printer.outputFileName()));
        return false;
    }
    return true;
}

} // namespace ReportFile
