// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/chart/chartfile.h"

#include <QSize>
#include <QString>

class MapModel;
class QFont;
class QPainter;
class QRectF;

// The map written to a file, PNG, SVG or PDF, for a report: the title, a line saying which
// pairings it shows (the filters), China and the US with the arcs and the legend, and the
// credit of the data and the outlines. Written whole or not at all, as charts are.
namespace MapFile {

// The map alone, China and the US whole, fitted into area, the chosen pairing (0: none) marked
// and the legend in its corner, in the light colours of paper (for a report's page).
void draw(QPainter &painter, const MapModel &model, qint64 chosenPairing, const QRectF &area,
          const QFont &font);
// The credit printed under every map.
QString credit();
// size and dpi as for ChartFile::write. On failure returns false and says why, naming the
// file.
bool write(const MapModel &model, const ChartCaption &caption, qint64 chosenPairing,
           const QString &path, ChartFile::Format format, const QSize &size, int dpi,
           QString *error);
// The same page as an image, for the clipboard.
QImage image(const MapModel &model, const ChartCaption &caption, qint64 chosenPairing,
             const QSize &pixels, int dpi);

} // namespace MapFile
