// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QPageSize>
#include <QString>

class PairingReport;
class QPagedPaintDevice;
class QPrinter;

// The report of a pairing on paper or in a PDF, drawn by one routine (ReportPainter) on either
// device: one or two pages, A4 or US Letter as the locale's paper is, 15 mm margins.
namespace ReportFile {

// US Letter where it is the paper in use by the system's locale, whatever the interface's
// language (the Americas from Canada to Chile, the
// Philippines), A4 elsewhere.
QPageSize::PageSizeId paperFor(const QLocale &locale = QLocale::system());
// Writes the PDF, whole or not at all. On failure returns false and says why, naming the file.
bool writePdf(const PairingReport &report, const QString &path, QString *error);
// Sets the printer's paper, margins and document name before the print dialog is shown.
void preparePrinter(QPrinter &printer, const PairingReport &report);
// Prints on the printer as the print dialog left it. On failure returns false and says why.
bool print(const PairingReport &report, QPrinter &printer, QString *error);
// Draws the pages on a device already set up; returns the number of pages, 0 on failure.
int paint(const PairingReport &report, QPagedPaintDevice &device);

} // namespace ReportFile
