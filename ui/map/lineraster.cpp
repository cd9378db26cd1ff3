// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/lineraster.h"

#include <algorithm>
#include <cmath>

namespace LineRaster {
namespace {
// Source over destination, premultiplied, for one pixel.
inline void blend(QRgb &pixel, quint32 source, quint32 inverseAlpha)
{
    const quint32 d = pixel;
    const quint32 rb = ((d & 0x00ff00ffu) * inverseAlpha >> 8) & 0x00ff00ffu;
    const quint32 ag = (((d >> 8) & 0x00ff00ffu) * inverseAlpha) & 0xff00ff00u;
    pixel = source + rb + ag;
}
} // namespace

void draw(QImage &image, const QList<QLineF> &lines, const QColor &colour, int width)
{
    if (image.format() != QImage::Format_ARGB32_Premultiplied || lines.isEmpty())
        return;
    const double ratio = image.devicePixelRatio();
    const int imageWidth = image.width();
    const int height = image.height();
    const quint32 alpha = quint32(colour.alpha());
    const QRgb source = qPremultiply(colour.rgba());
    const quint32 inverseAlpha = 256 - alpha - (alpha >> 7); // 255 - alpha, scaled to 256
    auto *bits = reinterpret_cast<QRgb *>(image.bits());
    const qsizetype stride = image.bytesPerLine() / 4;
    // A wider line is walked again beside itself, across its run.
    const int passes = std::max(1, int(std::lround(width * ratio)));
    for (const QLineF &line : lines) {
        const double x1 = line.x1() * ratio;
        const double y1 = line.y1() * ratio;
        const double x2 = line.x2() * ratio;
        const double y2 = line.y2() * ratio;
        // A line wholly off the image is skipped; one partly on it is walked and clipped.
        if ((x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0) || (x1 >= imageWidth && x2 >= imageWidth) ||
            (y1 >= height && y2 >= height))
            continue;
        const int steps = int(std::ceil(std::max(std::abs(x2 - x1), std::abs(y2 - y1))));
        if (steps <= 0)
            continue;
        const double dx = (x2 - x1) / steps;
        const double dy = (y2 - y1) / steps;
        const bool steep = std::abs(y2 - y1) > std::abs(x2 - x1);
        for (int pass = 0; pass < passes; ++pass) {
            double x = x1 + (steep ? pass : 0);
            double y = y1 + (steep ? 0 : pass);
            // A line's last pixel is the next line's first (an arc's last, its place's dot):
            // left out, so that joins are not doubled.
            for (int i = 0; i < steps; ++i, x += dx, y += dy) {
                const int px = int(x);
                const int py = int(y);
                if (px >= 0 && py >= 0 && px < imageWidth && py < height)
                    blend(bits[py * stride + px], source, inverseAlpha);
            }
        }
    }
}

void stamp(QImage &image, const QList<QPointF> &centres, const QImage &sprite)
{
    if (image.format() != QImage::Format_ARGB32_Premultiplied ||
        sprite.format() != QImage::Format_ARGB32_Premultiplied)
        return;
    const double ratio = image.devicePixelRatio();
    const int width = image.width();
    const int height = image.height();
    auto *bits = reinterpret_cast<QRgb *>(image.bits());
    const qsizetype stride = image.bytesPerLine() / 4;
    const int half = sprite.width() / 2;
    for (const QPointF &centre : centres) {
        const int left = int(std::lround(centre.x() * ratio)) - half;
        const int top = int(std::lround(centre.y() * ratio)) - half;
        for (int sy = 0; sy < sprite.height(); ++sy) {
            const int y = top + sy;
            if (y < 0 || y >= height)
                continue;
            const auto *row = reinterpret_cast<const QRgb *>(sprite.constScanLine(sy));
            for (int sx = 0; sx < sprite.width(); ++sx) {
                const int x = left + sx;
                const QRgb source = row[sx];
                const quint32 alpha = qAlpha(source);
                if (x < 0 || x >= width || alpha == 0)
                    continue;
                blend(bits[y * stride + x], source, 256 - alpha - (alpha >> 7));
            }
        }
    }
}

} // namespace LineRaster
