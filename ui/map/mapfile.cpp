// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapfile.h"

#include "app/models/mapmodel.h"
#include "ui/map/mappainter.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>

namespace MapFile {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MapFile", text);
}

// The page: caption above, source and credit below, the map between.
void paint(QPainter &painter, const MapModel &model, const ChartCaption &caption, qint64 chosen,
           const QSizeF &size)
{
    // The page of a chart, with the credit of the outlines under the source.
    ChartCaption page = caption;
    page.source =
        caption.source.isEmpty() ? credit() : caption.source + QLatin1Char('\n') + credit();
    const QFont font = QGuiApplication::font();
    const QRectF area = ChartFile::paintPage(painter, page, size, font).adjusted(16, 0, -16, 0);
    draw(painter, model, chosen, area, font);
}
} // namespace

void draw(QPainter &painter, const MapModel &model, qint64 chosenPairing, const QRectF &area,
          const QFont &font)
{
    QPalette palette = QGuiApplication::palette();
    // A file is read on paper and screens of every kind: always the light colours.
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    // The chosen arc in black, apart from the blue and orange arcs around it on any desktop.
    palette.setColor(QPalette::Highlight, Qt::black);
    const MapPainter::Colours colours = MapPainter::Colours::of(palette);
    // China and the US whole, as the view's "Fit China–US" shows them.
    const QRectF box = model.chinaAndUs();
    const double scale = std::min(area.width() / box.width(), area.height() / box.height());
    QTransform transform;
    transform.translate(area.center().x(), area.center().y());
    transform.scale(scale, -scale);
    transform.translate(-box.center().x(), -box.center().y());
    painter.save();
    painter.setClipRect(area);
    const MapPainter::View view{transform, area, scale, font};
    MapPainter::drawBase(painter, model, view, colours);
    MapPainter::drawOverlay(painter, model, view, colours, chosenPairing);
    painter.restore();
}

QString credit()
{
    return tr("Outlines: Natural Earth (public domain), boundaries as controlled on the ground. "
              "Pairings: Bridges, from the sources each record cites.");
}

bool write(const MapModel &model, const ChartCaption &caption, qint64 chosenPairing,
           const QString &path, ChartFile::Format format, const QSize &size, int dpi,
           QString *error)
{
    return ChartFile::writeDrawing(
        [&](QPainter &painter, const QSizeF &area) {
            paint(painter, model, caption, chosenPairing, area);
        },
        caption, path, format, size, dpi, error);
}

QImage image(const MapModel &model, const ChartCaption &caption, qint64 chosenPairing,
             const QSize &pixels, int dpi)
{
    return ChartFile::drawingImage(
        [&](QPainter &painter, const QSizeF &area) {
            paint(painter, model, caption, chosenPairing, area);
        },
        pixels, dpi);
}

} // namespace MapFile
