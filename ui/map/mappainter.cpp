// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mappainter.h"

#include "app/domain/placenaming.h"
#include "app/models/mapmodel.h"
#include "ui/chart/chartpalette.h"
#include "ui/map/lineraster.h"
#include "ui/map/maplabels.h"
#include "ui/map/mapoutlines.h"
#include "ui/panes/placetext.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QLineF>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace MapPainter {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MapPainter", text);
}

// An arc as its points on the painter, every step-th point of its path (and its last).
QList<QPointF> onPainter(const MapModel::Arc &arc, const QTransform &transform, int step)
{
    QList<QPointF> points;
    points.reserve(arc.path.size() / step + 2);
    for (qsizetype i = 0; i < arc.path.size(); i += step)
        points << transform.map(arc.path.at(i));
    if ((arc.path.size() - 1) % step != 0)
        points << transform.map(arc.path.last());
    return points;
}
} // namespace

Colours Colours::of(const QPalette &palette)
{
    const bool dark = ChartPalette::isDark(palette);
    Colours c;
    c.sea = dark ? QColor(0x1b, 0x26, 0x33) : QColor(0xdc, 0xe9, 0xf3);
    c.land = dark ? QColor(0x3a, 0x3f, 0x44) : QColor(0xf4, 0xf1, 0xea);
    c.border = dark ? QColor(0x6a, 0x70, 0x76) : QColor(0xb4, 0xae, 0xa2);
    c.provincial = dark ? QColor(0xff, 0xa6, 0x4d) : QColor(0xc0, 0x4a, 0x00);
    c.city = dark ? QColor(0x6c, 0xb8, 0xff) : QColor(0x1f, 0x5f, 0xa8);
    c.place = palette.color(QPalette::Text);
    c.place.setAlphaF(0.75);
    c.rim = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.highlight = palette.color(QPalette::Highlight);
    c.backing = palette.color(QPalette::Window);
    c.backing.setAlphaF(0.9);
    return c;
}

double spotRadius(int pairings)
{
    return 3.0 + std::min(6.0, std::sqrt(double(pairings)) * 1.5);
}

void drawBase(QPainter &painter, const MapModel &model, const View &view, const Colours &colours)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(view.area, colours.sea);
    const MapOutlines &outlines = MapOutlines::shipped(model.projection());
    painter.save();
    painter.setTransform(view.transform, true);
    QPen outline(colours.border, 0.8);
    outline.setCosmetic(true);
    painter.setPen(outline);
    painter.setBrush(colours.land);
    painter.drawPath(outlines.countries);
    QPen inner(colours.border, 0.5);
    inner.setCosmetic(true);
    painter.setPen(inner);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(outlines.provinces);
    painter.drawPath(outlines.states);
    painter.restore();

    // City pairings under province–state pairings. Thousands of arcs drawn smooth by the
    // painter take seconds: into an image, many are written as thin lines straight into its
    // pixels (LineRaster).
    auto *image = dynamic_cast<QImage *>(painter.device());
    // (Not into a file's page, which clips the map to its place among the captions.)
    const bool many = model.arcs().size() > 2000 && image &&
                      image->format() == QImage::Format_ARGB32_Premultiplied &&
                      painter.transform().isIdentity() && !painter.hasClipping();
    // The segments go to the painter a batch at a time: all at once, thirty thousand arcs'
    // were 67 MiB.
    constexpr qsizetype batch = 16384;
    QList<QLineF> segments;
    segments.reserve(batch + 64);
    for (const bool provincialPass : {false, true}) {
        QColor colour = provincialPass ? colours.provincial : colours.city;
        colour.setAlphaF(provincialPass ? 0.85 : 0.55);
        QPen pen(colour, provincialPass ? 1.6 : 1.0);
        pen.setCosmetic(true);
        painter.setPen(pen);
        const auto drawSegments = [&] {
            if (segments.isEmpty())
                return;
            if (many) {
                painter.end(); // the image's pixels are written while no painter holds them
                LineRaster::draw(*image, segments, colour, provincialPass ? 2 : 1);
                painter.begin(image);
            } else {
                painter.drawLines(segments.constData(), int(segments.size()));
            }
            segments.clear();
        };
        for (const MapModel::Arc &arc : model.arcs()) {
            if (arc.provincial != provincialPass)
                continue;
            const QList<QPointF> points = onPainter(arc, view.transform, 1);
            for (qsizetype i = 1; i < points.size(); ++i)
                segments.append(QLineF(points.at(i - 1), points.at(i)));
            if (segments.size() >= batch)
                drawSegments();
        }
        drawSegments();
    }
    painter.setRenderHint(QPainter::Antialiasing);

    // The places, sized by how many pairings they have, drawn as round points, those of one
    // size in one call: a rim in the background's colour, then the dot. Then their labels.
    QMap<int, QList<QPointF>> bySize; // diameter -> places
    const QRectF shown = view.area.adjusted(-10, -10, 10, 10);
    for (const MapModel::Spot &spot : model.spots()) {
        const QPointF at = view.transform.map(spot.at);
        if (!shown.contains(at))
            continue;
        bySize[qRound(2 * spotRadius(spot.pairings))] << at;
    }
    for (auto it = bySize.cbegin(); it != bySize.cend(); ++it) {
        if (many) {
            // One mark drawn smooth, then stamped at every place.
            const int side = it.key() + 4;
            QImage sprite(side * image->devicePixelRatio(), side * image->devicePixelRatio(),
                          QImage::Format_ARGB32_Premultiplied);
            sprite.setDevicePixelRatio(image->devicePixelRatio());
            sprite.fill(Qt::transparent);
            QPainter mark(&sprite);
            mark.setRenderHint(QPainter::Antialiasing);
            mark.setPen(QPen(colours.rim, 1));
            mark.setBrush(colours.place);
            mark.drawEllipse(QPointF(side / 2.0, side / 2.0), it.key() / 2.0, it.key() / 2.0);
            mark.end();
            painter.end();
            LineRaster::stamp(*image, it.value(), sprite);
            painter.begin(image);
            continue;
        }
        painter.setPen(QPen(colours.rim, it.key() + 2, Qt::SolidLine, Qt::RoundCap));
        painter.drawPoints(it.value().constData(), int(it.value().size()));
        painter.setPen(QPen(colours.place, it.key(), Qt::SolidLine, Qt::RoundCap));
        painter.drawPoints(it.value().constData(), int(it.value().size()));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    QFont small = view.font;
    small.setPointSizeF(small.pointSizeF() * 0.8);
    painter.setFont(small);
    // Names on a ground of the background's colour, to be read among the arcs.
    QColor ground = colours.backing;
    ground.setAlphaF(0.7);
    for (const MapLabels::Label &label : MapLabels::lay(model, view, QFontMetricsF(small))) {
        if (label.named) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(ground);
            painter.drawRoundedRect(label.box.adjusted(-1, 0, 1, 0), 2, 2);
        }
        painter.setPen(colours.text);
        painter.drawText(label.box, Qt::AlignLeft | Qt::AlignVCenter, label.text);
    }
}

void drawOverlay(QPainter &painter, const MapModel &model, const View &view, const Colours &colours,
                 qint64 chosen)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(view.font);
    // The chosen pairing: each piece of its arc, then both places by name, each on a ground
    // of the background's colour to stay legible among the places around it.
    const MapPairing *pairing = model.pairing(chosen);
    bool drawn = false;
    for (const MapModel::Arc &arc : model.arcs()) {
        if (arc.pairingId != chosen)
            continue;
        const QList<QPointF> path = onPainter(arc, view.transform, 1);
        painter.setPen(QPen(colours.rim, 6));
        painter.drawPolyline(path.constData(), int(path.size()));
        painter.setPen(QPen(colours.highlight, 3));
        painter.drawPolyline(path.constData(), int(path.size()));
        drawn = true;
    }
    if (pairing && drawn) {
        const QFontMetrics metrics(view.font);
        const std::pair<QPointF, QString> places[] = {
            {*pairing->chinese, PlaceNaming::shown(pairing->chineseName, pairing->chineseNameZh)},
            {*pairing->us, pairing->usName}};
        for (const auto &[lonLat, name] : places) {
            const QPointF at = view.transform.map(model.toMap(lonLat));
            QRectF label(at + QPointF(8, 4), metrics.size(0, name));
            label.adjust(-3, -1, 3, 1);
            // Kept inside the map: a place near its edge is named on its other side.
            if (label.right() > view.area.right())
                label.moveRight(at.x() - 8);
            if (label.bottom() > view.area.bottom())
                label.moveBottom(at.y() - 4);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colours.backing);
            painter.drawRoundedRect(label, 3, 3);
            painter.setPen(colours.text);
            painter.drawText(label, Qt::AlignCenter, name);
        }
    }

    // The legend, and what the map cannot show, top left: over Siberia rather than China.
    const QFontMetrics metrics(view.font);
    const QStringList lines = {tr("Province–state pairing"), tr("City pairing")};
    const int lineHeight = metrics.height();
    // Under the samples: what the map cannot show, and outlines that could not be read.
    QStringList notes;
    if (model.unplaced() > 0) {
        notes << (model.unplaced() == 1
                      ? tr("1 pairing is not shown: a place has no coordinates.")
                      : tr("%1 pairings are not shown: a place has no coordinates.")
                            .arg(QLocale().toString(model.unplaced())));
    }
    const QString outlineError = MapOutlines::shipped(model.projection()).error;
    if (!outlineError.isEmpty())
        notes << tr("The outlines could not all be read: %1").arg(outlineError);
    int boxWidth =
        std::max(metrics.horizontalAdvance(lines.at(0)), metrics.horizontalAdvance(lines.at(1))) +
        46;
    for (const QString &note : std::as_const(notes))
        boxWidth = std::max(boxWidth, metrics.horizontalAdvance(note) + 16);
    const int boxHeight = lineHeight * int(2 + notes.size()) + 12;
    const QRectF box(view.area.left() + 8, view.area.top() + 8, boxWidth, boxHeight);
    painter.setPen(QPen(colours.border, 1));
    painter.setBrush(colours.backing);
    painter.drawRect(box);
    for (int i = 0; i < 2; ++i) {
        const double y = box.top() + 6 + lineHeight * i + lineHeight / 2.0;
        painter.setPen(QPen(i == 0 ? colours.provincial : colours.city, i == 0 ? 2.0 : 1.4));
        painter.drawLine(QPointF(box.left() + 8, y), QPointF(box.left() + 30, y));
        painter.setPen(colours.text);
        painter.drawText(
            QRectF(box.left() + 38, y - lineHeight / 2.0, box.width() - 40, lineHeight),
            Qt::AlignVCenter, lines.at(i));
    }
    for (int i = 0; i < notes.size(); ++i) {
        painter.drawText(QRectF(box.left() + 8, box.top() + 6 + lineHeight * (2 + i),
                                box.width() - 10, lineHeight),
                         Qt::AlignVCenter, notes.at(i));
    }
}

} // namespace MapPainter
