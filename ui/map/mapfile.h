// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/chart/chartfile.h"

#include <QSize>
#include <QString>

class MapModel;

// The map written to a file, PNG, SVG or PDF, for a report: the title, a line saying which
// pairings it shows (the filters), China and the US with the arcs and the legend, and the
// credit of the data and the outlines. Written whole or not at all, as charts are.
namespace MapFile {

// The credit printed under every map.
QString credit();
// size and dpi as for ChartFile::write. On failure returns false and says why, naming the
// file.
bool write(const MapModel &model, const ChartCaption &caption, qint64 chosenPairing,
           const QString &path, ChartFile::Format format, const QSize &size, int dpi,
           QString *error);

} // namespace MapFile
