// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>

class QChart;
class QIODevice;
class QPainter;

// What stands around a chart in a file: a title, a line saying which records it shows (the
// active filters) and a source line.
struct ChartCaption
{
    QString title;
    QString subtitle;
    QString source;
};

// Draws a chart with its caption into a file, PNG at a chosen size and resolution, or SVG and
// PDF as vectors, or into an image for the clipboard. The chart given must be one made for the
// purpose, not one shown in a view: it is resized and moved into a scene of its own meanwhile.
// Files are written whole or not at all (QSaveFile).
namespace ChartFile {

enum class Format { Png, Svg, Pdf };

std::optional<Format> formatNamed(const QString &name); // "png", "svg", "pdf", any case
QString suffix(Format format);
// Draws at size, in logical pixels (1/96 inch).
void paint(QPainter &painter, QChart *chart, const ChartCaption &caption, const QSizeF &size);
// The chart alone, laid out to fill area (for a page that draws its own captions: a report).
void drawChart(QPainter &painter, QChart *chart, const QRectF &area);
// A white page with the caption: the title and subtitle above, the source below, in font and
// sizes made from base. Returns the rectangle left between them for the drawing.
QRectF paintPage(QPainter &painter, const ChartCaption &caption, const QSizeF &size,
                 const QFont &base);
// pixels: the image's size; dpi: how many of them make an inch, which sets how large the text
// is against the picture (a 3000-pixel image at 300 dpi reads like a 1000-pixel one at 96).
QImage image(QChart *chart, const ChartCaption &caption, const QSize &pixels, int dpi = 96);
// For PNG the size is in pixels at dpi; SVG and PDF are drawn at size in logical pixels, and a
// PDF page is that size at 96 per inch. On failure returns false and says why, naming the file.
bool write(QChart *chart, const ChartCaption &caption, const QString &path, Format format,
           const QSize &size, int dpi, QString *error);

// The same for any drawing (the map): draw paints it at a size in logical pixels. The caption
// names the SVG and PDF documents.
using Draw = std::function<void(QPainter &painter, const QSizeF &size)>;
QImage drawingImage(const Draw &draw, const QSize &pixels, int dpi = 96);
bool writeDrawing(const Draw &draw, const ChartCaption &caption, const QString &path, Format format,
                  const QSize &size, int dpi, QString *error);
// Any file written whole or not at all: drawInto fills it (false: it could not draw), and the
// file replaces the one at path only then. On failure returns false and says why, naming it.
bool writeWhole(const QString &path, const std::function<bool(QIODevice &file)> &drawInto,
                QString *error);

} // namespace ChartFile
