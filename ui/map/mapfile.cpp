// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapfile.h"

#include "app/models/mapmodel.h"
#include "ui/map/mappainter.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>

namespace MapFile {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MapFile", text);
}

// The page: caption above, credit below, the map between, fitted to China and the US.
void paint(QPainter &painter, const MapModel &model, const ChartCaption &caption, qint64 chosen,
           const QSizeF &size)
{
    QPalette palette = QGuiApplication::palette();
    // A file is read on paper and screens of every kind: always the light colours.
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    const MapPainter::Colours colours = MapPainter::Colours::of(palette);
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    QFont font = QGuiApplication::font();
    QFont title = font;
    title.setPointSizeF(font.pointSizeF() * 1.5);
    title.setBold(true);
    const double margin = 16;
    double top = margin;
    painter.setPen(Qt::black);
    for (const auto &[text, face] :
         {std::pair{caption.title, title}, std::pair{caption.subtitle, font}}) {
        if (text.isEmpty())
            continue;
        painter.setFont(face);
        const QRectF line(margin, top, size.width() - 2 * margin, QFontMetricsF(face).height());
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, text);
        top = line.bottom() + 4;
    }
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    const QString credits =
        caption.source.isEmpty() ? credit() : caption.source + QLatin1Char('\n') + credit();
    // The credit as tall as its words wrapped at this width take; the map what is left, but
    // never less than a strip (a tiny page then cuts the credit rather than the map).
    const double creditHeight =
        QFontMetricsF(small)
            .boundingRect(QRectF(0, 0, size.width() - 2 * margin, size.height()),
                          Qt::AlignLeft | Qt::TextWordWrap, credits)
            .height() +
        4;
    const QRectF area(margin, top + 4, size.width() - 2 * margin,
                      std::max(size.height() - top - 4 - creditHeight - margin, 50.0));
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
    MapPainter::drawOverlay(painter, model, view, colours, chosen);
    painter.restore();
    painter.setFont(small);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(margin, area.bottom() + 4, size.width() - 2 * margin, creditHeight),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, credits);
}
} // namespace

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

} // namespace MapFile
