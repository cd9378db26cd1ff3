// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/chartfile.h"

#include <QChart>
#include <QCoreApplication>
#include <QDir>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace ChartFile {
namespace {
constexpr qreal logicalDpi = 96;
constexpr qreal margin = 18;
constexpr qint64 maximumPixels = 100000000; // 400 MB of image in memory

QString tr(const char *text)
{
    return QCoreApplication::translate("ChartFile", text);
}

QFont scaled(const QFont &base, qreal factor, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

// Draws wrapped text from the top of the rectangle and returns the height it took.
qreal drawText(QPainter &painter, const QRectF &area, const QFont &font, const QColor &color,
               const QString &text)
{
    if (text.isEmpty())
        return 0;
    painter.setFont(font);
    painter.setPen(color);
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const QRectF used = painter.boundingRect(area, flags, text);
    painter.drawText(area, flags, text);
    return used.height();
}
} // namespace

std::optional<Format> formatNamed(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("png"))
        return Format::Png;
    if (lower == QLatin1String("svg"))
        return Format::Svg;
    if (lower == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QString suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QRectF paintPage(QPainter &painter, const ChartCaption &caption, const QSizeF &size,
                 const QFont &base)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // Files are printed and pasted into papers: dark on white, as the charts made for them are.
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    const QColor text(0x202020);
    QColor quiet = text;
    quiet.setAlphaF(0.7);
    const qreal width = size.width() - 2 * margin;
    qreal top = margin;
    top += drawText(painter, QRectF(margin, top, width, size.height()), scaled(base, 1.5, true),
                    text, caption.title);
    top += drawText(painter, QRectF(margin, top + 2, width, size.height()), base, quiet,
                    caption.subtitle) +
           4;
    QFont small = scaled(base, 0.85);
    painter.setFont(small);
    const QRectF sourceArea = painter.boundingRect(
        QRectF(margin, 0, width, size.height()), Qt::AlignLeft | Qt::TextWordWrap, caption.source);
    const qreal bottom = size.height() - margin - sourceArea.height();
    drawText(painter, QRectF(margin, bottom, width, sourceArea.height() + 2), small, quiet,
             caption.source);
    // Never less than a strip: a tiny page cuts into the source rather than lose the drawing.
    return QRectF(0, top, size.width(), std::max<qreal>(bottom - top - 4, 50));
}

void paint(QPainter &painter, QChart *chart, const ChartCaption &caption, const QSizeF &size)
{
    painter.save();
    const QRectF area =
        paintPage(painter, caption, size, chart->legend() ? chart->legend()->font() : QFont());
    // The chart fills what is left.
    drawChart(painter, chart, area);
    painter.restore();
}

void drawChart(QPainter &painter, QChart *chart, const QRectF &area)
{
    // Laid out at the area's size in a scene of its own.
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), area.size()));
    // Laid out twice: the first pass fits the axes to the plot area, which the second settles.
    chart->layout()->activate();
    QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
    chart->layout()->activate();
    scene.setSceneRect(QRectF(QPointF(0, 0), area.size()));
    scene.render(&painter, area, scene.sceneRect());
    scene.removeItem(chart);
}

QImage image(QChart *chart, const ChartCaption &caption, const QSize &pixels, int dpi)
{
    return drawingImage(
        [&](QPainter &painter, const QSizeF &size) { paint(painter, chart, caption, size); },
        pixels, dpi);
}

QImage drawingImage(const Draw &draw, const QSize &pixels, int dpi)
{
    QImage picture(pixels, QImage::Format_ARGB32_Premultiplied);
    picture.fill(Qt::white);
    const qreal scale = dpi / logicalDpi;
    {
        QPainter painter(&picture);
        painter.scale(scale, scale);
        draw(painter, QSizeF(pixels) / scale);
    }
    const int perMetre = qRound(dpi / 0.0254);
    picture.setDotsPerMeterX(perMetre);
    picture.setDotsPerMeterY(perMetre);
    return picture;
}

bool write(QChart *chart, const ChartCaption &caption, const QString &path, Format format,
           const QSize &size, int dpi, QString *error)
{
    return writeDrawing(
        [&](QPainter &painter, const QSizeF &area) { paint(painter, chart, caption, area); },
        caption, path, format, size, dpi, error);
}

namespace {
bool drawInto(QIODevice &file, const Draw &draw, const ChartCaption &caption, Format format,
              const QSize &size, int dpi)
{
    bool drawn = true;
    switch (format) {
    case Format::Png:
        drawn = drawingImage(draw, size, dpi).save(&file, "PNG");
        break;
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(int(logicalDpi));
        // Qt writes these into the file as they are: escaped here, "R&D <2024>" stays XML.
        svg.setTitle(caption.title.toHtmlEscaped());
        svg.setDescription(caption.subtitle.toHtmlEscaped());
        QPainter painter;
        drawn = painter.begin(&svg);
        if (drawn)
            draw(painter, size);
        break;
    }
    case Format::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("Bridges"));
        pdf.setTitle(caption.title);
        pdf.setResolution(int(logicalDpi));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setPageSize(QPageSize(QSizeF(size) * 72 / logicalDpi, QPageSize::Point, QString(),
                                  QPageSize::ExactMatch));
        QPainter painter;
        drawn = painter.begin(&pdf);
        if (drawn)
            draw(painter, size);
        break;
    }
    }
    return drawn;
}
} // namespace

bool writeDrawing(const Draw &draw, const ChartCaption &caption, const QString &path, Format format,
                  const QSize &size, int dpi, QString *error)
{
    if (format == Format::Png && qint64(size.width()) * size.height() > maximumPixels) {
        *error = tr("A PNG of %1 × %2 pixels is too large to draw (at most %3 million pixels); "
                    "choose a smaller size, or SVG or PDF, which are sharp at any size.")
                     .arg(size.width())
                     .arg(size.height())
                     .arg(maximumPixels / 1000000);
        return false;
    }
    return writeWhole(
        path, [&](QIODevice &file) { return drawInto(file, draw, caption, format, size, dpi); },
        error);
}

bool writeWhole(const QString &path, const std::function<bool(QIODevice &file)> &drawInto,
                QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write “%1”: %2").arg(shown, file.errorString());
        return false;
    }
    if (!drawInto(file)) {
        file.cancelWriting();
        *error = tr("Cannot draw into “%1”.").arg(shown);
        return false;
    }
    if (!file.commit()) {
        *error = tr("Cannot write “%1”: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}

} // namespace ChartFile
