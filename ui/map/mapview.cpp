// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapview.h"

#include "app/domain/vocabulary.h"
#include "app/models/mapmodel.h"
#include "ui/map/mapoutlines.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace {
constexpr double arcReach = 5.0; // pixels from an arc that still point at it

// The distance from p to the segment a–b.
double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double length = QPointF::dotProduct(ab, ab);
    const double t =
        length <= 0 ? 0 : std::clamp(QPointF::dotProduct(p - a, ab) / length, 0.0, 1.0);
    const QPointF nearest = a + t * ab;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

double spotRadius(int pairings)
{
    return 3.0 + std::min(6.0, std::sqrt(double(pairings)) * 1.5);
}
} // namespace

MapView::MapView(const MapModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("mapView"));
    setAccessibleName(tr("Map of the pairings"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(model, &MapModel::changed, this, qOverload<>(&QWidget::update));
}

void MapView::setSelectedPairing(qint64 pairingId)
{
    if (m_selected == pairingId)
        return;
    m_selected = pairingId;
    update();
}

void MapView::fitChinaAndUs()
{
    // From Xinjiang's west to Maine's east, from Hainan to Alaska's south coast.
    const QPointF west = m_model->toMap({73.5, 18.0});
    const QPointF east = m_model->toMap({-66.9, 66.0}); // the arcs rise over the Bering Sea
    const QRectF box = QRectF(west, east).normalized();
    m_centre = box.center();
    m_scale = std::min(width() / box.width(), height() / box.height()) * 0.95;
    m_fitted = true;
    update();
}

void MapView::zoomBy(double factor, QPointF about)
{
    const QPointF before = mapToWidget().inverted().map(about);
    m_scale = std::clamp(m_scale * factor, 20.0, 20000.0);
    const QPointF after = mapToWidget().inverted().map(about);
    m_centre += before - after;
    update();
}

QTransform MapView::mapToWidget() const
{
    QTransform transform;
    transform.translate(width() / 2.0, height() / 2.0);
    transform.scale(m_scale, -m_scale); // north is up
    transform.translate(-m_centre.x(), -m_centre.y());
    return transform;
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_fitted && width() > 0 && height() > 0)
        fitChinaAndUs();
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colours = palette();
    const bool dark = colours.color(QPalette::Window).lightnessF() < 0.5;
    const QColor sea = dark ? QColor(0x1b, 0x26, 0x33) : QColor(0xdc, 0xe9, 0xf3);
    const QColor land = dark ? QColor(0x3a, 0x3f, 0x44) : QColor(0xf4, 0xf1, 0xea);
    const QColor border = dark ? QColor(0x6a, 0x70, 0x76) : QColor(0xb4, 0xae, 0xa2);
    const QColor provincial = dark ? QColor(0xff, 0xa6, 0x4d) : QColor(0xc0, 0x4a, 0x00);
    const QColor city = dark ? QColor(0x6c, 0xb8, 0xff) : QColor(0x1f, 0x5f, 0xa8);
    QColor place = colours.color(QPalette::Text);
    place.setAlphaF(0.75);
    painter.fillRect(rect(), sea);

    const QTransform transform = mapToWidget();
    const MapOutlines &outlines = MapOutlines::shipped(m_model->projection());
    painter.setTransform(transform);
    QPen outline(border, 0.8);
    outline.setCosmetic(true);
    painter.setPen(outline);
    painter.setBrush(land);
    painter.drawPath(outlines.countries);
    QPen inner(border, 0.5);
    inner.setCosmetic(true);
    painter.setPen(inner);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(outlines.provinces);
    painter.drawPath(outlines.states);

    // City pairings under province–state pairings; the chosen one last, on top.
    const MapModel::Arc *chosen = nullptr;
    for (const bool provincialPass : {false, true}) {
        QPen pen(provincialPass ? provincial : city, provincialPass ? 1.6 : 1.0);
        pen.setCosmetic(true);
        QColor faded = pen.color();
        faded.setAlphaF(provincialPass ? 0.85 : 0.55);
        pen.setColor(faded);
        painter.setPen(pen);
        for (const MapModel::Arc &arc : m_model->arcs()) {
            if (arc.provincial != provincialPass)
                continue;
            if (arc.pairingId == m_selected) {
                chosen = &arc;
                continue;
            }
            painter.drawPolyline(arc.path.constData(), int(arc.path.size()));
        }
    }
    painter.resetTransform();
    const auto widgetPath = [&transform](const QList<QPointF> &path) {
        QList<QPointF> mapped;
        mapped.reserve(path.size());
        for (const QPointF &point : path)
            mapped << transform.map(point);
        return mapped;
    };
    if (chosen) {
        QPen halo(colours.color(QPalette::Base), 6);
        painter.setPen(halo);
        const QList<QPointF> path = widgetPath(chosen->path);
        painter.drawPolyline(path.constData(), int(path.size()));
        painter.setPen(QPen(colours.color(QPalette::Highlight), 3));
        painter.drawPolyline(path.constData(), int(path.size()));
    }

    // The places, sized by how many pairings they have; a count where there are several and
    // room to read it.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    painter.setFont(small);
    for (const MapModel::Spot &spot : m_model->spots()) {
        const QPointF at = transform.map(spot.at);
        if (!rect().adjusted(-10, -10, 10, 10).contains(at.toPoint()))
            continue;
        const double radius = spotRadius(spot.pairings);
        painter.setPen(QPen(colours.color(QPalette::Base), 1));
        painter.setBrush(place);
        painter.drawEllipse(at, radius, radius);
        if (spot.pairings > 1 && m_scale > 250) {
            painter.setPen(colours.color(QPalette::Text));
            painter.drawText(at + QPointF(radius + 2, -radius), QLocale().toString(spot.pairings));
        }
    }
    // The chosen pairing's places, by name.
    if (const MapPairing *pairing = m_model->pairing(m_selected); pairing && chosen) {
        painter.setFont(font());
        painter.setPen(colours.color(QPalette::Text));
        const QList<QPointF> path = widgetPath(chosen->path);
        const QString chinese = pairing->chineseNameZh.isEmpty()
                                    ? pairing->chineseName
                                    : tr("%1 %2").arg(pairing->chineseName, pairing->chineseNameZh);
        painter.drawText(path.first() + QPointF(8, 14), chinese);
        painter.drawText(path.last() + QPointF(8, 14), pairing->usName);
    }

    // The legend, and what the map cannot show.
    painter.setFont(font());
    const QFontMetrics metrics(font());
    const QStringList lines = {tr("Province–state pairing"), tr("City pairing")};
    const int lineHeight = metrics.height();
    QString unplaced;
    if (m_model->unplaced() > 0) {
        unplaced = m_model->unplaced() == 1
                       ? tr("1 pairing is not shown: a place has no coordinates.")
                       : tr("%1 pairings are not shown: a place has no coordinates.")
                             .arg(QLocale().toString(m_model->unplaced()));
    }
    const int boxWidth =
        std::max({metrics.horizontalAdvance(lines.at(0)), metrics.horizontalAdvance(lines.at(1)),
                  metrics.horizontalAdvance(unplaced) - 30}) +
        46;
    const int boxHeight = lineHeight * (unplaced.isEmpty() ? 2 : 3) + 12;
    const QRect box(8, height() - boxHeight - 8, boxWidth, boxHeight);
    QColor backing = colours.color(QPalette::Window);
    backing.setAlphaF(0.9);
    painter.setPen(QPen(border, 1));
    painter.setBrush(backing);
    painter.drawRect(box);
    for (int i = 0; i < 2; ++i) {
        const int y = box.top() + 6 + lineHeight * i + lineHeight / 2;
        painter.setPen(QPen(i == 0 ? provincial : city, i == 0 ? 2.0 : 1.4));
        painter.drawLine(box.left() + 8, y, box.left() + 30, y);
        painter.setPen(colours.color(QPalette::WindowText));
        painter.drawText(QRect(box.left() + 38, y - lineHeight / 2, box.width() - 40, lineHeight),
                         Qt::AlignVCenter, lines.at(i));
    }
    if (!unplaced.isEmpty()) {
        painter.drawText(
            QRect(box.left() + 8, box.top() + 6 + lineHeight * 2, box.width() - 10, lineHeight),
            Qt::AlignVCenter, unplaced);
    }
}

int MapView::spotAt(QPointF widgetPoint) const
{
    const QTransform transform = mapToWidget();
    const QList<MapModel::Spot> &spots = m_model->spots();
    for (int i = 0; i < spots.size(); ++i) {
        const QPointF at = transform.map(spots.at(i).at);
        if (std::hypot(at.x() - widgetPoint.x(), at.y() - widgetPoint.y()) <=
            spotRadius(spots.at(i).pairings) + 1)
            return i;
    }
    return -1;
}

qint64 MapView::pairingAt(QPointF widgetPoint) const
{
    const QTransform transform = mapToWidget();
    qint64 best = 0;
    double nearest = arcReach;
    for (const MapModel::Arc &arc : m_model->arcs()) {
        QPointF before = transform.map(arc.path.first());
        for (qsizetype i = 1; i < arc.path.size(); ++i) {
            const QPointF next = transform.map(arc.path.at(i));
            const double distance = distanceToSegment(widgetPoint, before, next);
            if (distance <= nearest) {
                nearest = distance;
                best = arc.pairingId;
            }
            before = next;
        }
    }
    return best;
}

QString MapView::tooltipAt(QPointF widgetPoint) const
{
    if (const int index = spotAt(widgetPoint); index >= 0) {
        const MapModel::Spot &spot = m_model->spots().at(index);
        const QString name =
            spot.nameZh.isEmpty() ? spot.name : tr("%1 %2").arg(spot.name, spot.nameZh);
        return spot.pairings == 1
                   ? tr("%1: 1 pairing").arg(name)
                   : tr("%1: %2 pairings").arg(name, QLocale().toString(spot.pairings));
    }
    const MapPairing *pairing = m_model->pairing(pairingAt(widgetPoint));
    if (!pairing)
        return {};
    const QString chinese = pairing->chineseNameZh.isEmpty()
                                ? pairing->chineseName
                                : tr("%1 %2").arg(pairing->chineseName, pairing->chineseNameZh);
    const QString year =
        pairing->established.isEmpty() ? tr("year not known") : pairing->established.left(4);
    return tr("%1 – %2\n%3, %4")
        .arg(chinese, pairing->usName, Vocabulary::displayNameOfLevelKey(pairing->level), year);
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressedAt = event->position();
    m_lastDrag = event->position();
    m_dragging = false;
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const QPointF moved = event->position() - m_lastDrag;
    if (!m_dragging && (event->position() - m_pressedAt).manhattanLength() < 4)
        return;
    m_dragging = true;
    m_centre -= QPointF(moved.x() / m_scale, -moved.y() / m_scale);
    m_lastDrag = event->position();
    update();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_dragging) {
        m_dragging = false;
        return;
    }
    qint64 chosen = pairingAt(event->position());
    if (!chosen) {
        // A place chosen: its first pairing on the map.
        if (const int index = spotAt(event->position()); index >= 0) {
            const qint64 place = m_model->spots().at(index).placeId;
            for (const MapPairing &pairing : m_model->pairings()) {
                if (pairing.chinese && pairing.us &&
                    (pairing.chinesePlaceId == place || pairing.usPlaceId == place)) {
                    chosen = pairing.id;
                    break;
                }
            }
        }
    }
    if (chosen) {
        setSelectedPairing(chosen);
        emit pairingClicked(chosen);
    }
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const QPointF middle(width() / 2.0, height() / 2.0);
    if (event->matches(QKeySequence::ZoomIn) || event->key() == Qt::Key_Plus)
        zoomBy(1.25, middle);
    else if (event->matches(QKeySequence::ZoomOut) || event->key() == Qt::Key_Minus)
        zoomBy(0.8, middle);
    else if (event->key() == Qt::Key_0)
        fitChinaAndUs();
    else
        QWidget::keyPressEvent(event);
}
