// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapview.h"

#include "app/domain/vocabulary.h"
#include "app/models/mapmodel.h"
#include "ui/map/mappainter.h"
#include "ui/panes/placetext.h"

#include <QGestureEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

namespace {
constexpr double arcReach = 5.0; // pixels from an arc that still point at it
constexpr double minimumScale = 20.0;    // pixels per radian: the whole world, small
constexpr double maximumScale = 20000.0; // a town's streets

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

} // namespace

MapView::MapView(MapModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("mapView"));
    setAccessibleName(tr("Map of the pairings"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(model, &MapModel::changed, this, &MapView::invalidateLayer);
    // The base is drawn afresh a moment after panning or zooming stops.
    m_redraw.setSingleShot(true);
    m_redraw.setInterval(150);
    connect(&m_redraw, &QTimer::timeout, this, &MapView::redrawBase);
    grabGesture(Qt::PinchGesture);

    // Zoom and fit buttons in the top right-hand corner, for those without a wheel.
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch();
    const auto button = [this, buttons](const QString &text, const QString &name,
                                        const QString &tip, auto action) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setAutoRaise(false);
        b->setFocusPolicy(Qt::TabFocus);
        connect(b, &QToolButton::clicked, this, action);
        buttons->addWidget(b);
    };
    const auto middle = [this] { return QPointF(width() / 2.0, height() / 2.0); };
    button(tr("+"), QStringLiteral("zoomInButton"), tr("Zoom in (+)"),
           [this, middle] { zoomBy(1.25, middle()); });
    button(tr("−"), QStringLiteral("zoomOutButton"), tr("Zoom out (−)"),
           [this, middle] { zoomBy(0.8, middle()); });
    button(tr("Fit China–US"), QStringLiteral("fitButton"), tr("Show China and the US whole (0)"),
           [this] { fitChinaAndUs(); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(buttons);
    layout->addStretch();
    model->setWanted(false); // until the map comes into view
}

void MapView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setWanted(true);
}

void MapView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_model->setWanted(false);
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
    const QRectF box = m_model->chinaAndUs();
    m_centre = box.center();
    m_scale = std::clamp(std::min(width() / box.width(), height() / box.height()) * 0.95,
                         minimumScale, maximumScale);
    m_fitted = true;
    update();
}

void MapView::zoomBy(double factor, QPointF about)
{
    const QPointF before = mapToWidget().inverted().map(about);
    m_scale = std::clamp(m_scale * factor, minimumScale, maximumScale);
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
    const MapPainter::Colours colours = MapPainter::Colours::of(palette());
    const MapPainter::View view{mapToWidget(), QRectF(rect()), m_scale, font()};
    if (m_layer.isNull() || m_layer.size() != size() * devicePixelRatio()) {
        renderLayer();
    } else if (m_layerTransform != view.transform) {
        // Panned or zoomed since the base was drawn: it is moved and scaled as it is now, and
        // drawn afresh once the movement stops.
        painter.fillRect(rect(), colours.sea);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.setTransform(m_layerTransform.inverted() * view.transform);
        painter.drawImage(QRectF(rect()), m_layer);
        painter.resetTransform();
        m_redraw.start();
        MapPainter::drawOverlay(painter, *m_model, view, colours, m_selected);
        return;
    }
    painter.drawImage(QRectF(rect()), m_layer);
    MapPainter::drawOverlay(painter, *m_model, view, colours, m_selected);
}

void MapView::renderLayer()
{
    m_layer = QImage(size() * devicePixelRatio(), QImage::Format_ARGB32_Premultiplied);
    m_layer.setDevicePixelRatio(devicePixelRatio());
    m_layerTransform = mapToWidget();
    QPainter painter(&m_layer);
    MapPainter::drawBase(painter, *m_model, {m_layerTransform, QRectF(rect()), m_scale, font()},
                         MapPainter::Colours::of(palette()));
}

void MapView::redrawBase()
{
    renderLayer();
    update();
}

void MapView::invalidateLayer()
{
    m_layer = QImage();
    update();
}

int MapView::spotAt(QPointF widgetPoint) const
{
    const QTransform transform = mapToWidget();
    const QList<MapModel::Spot> &spots = m_model->spots();
    for (int i = 0; i < spots.size(); ++i) {
        const QPointF at = transform.map(spots.at(i).at);
        if (std::hypot(at.x() - widgetPoint.x(), at.y() - widgetPoint.y()) <=
            MapPainter::spotRadius(spots.at(i).pairings) + 1)
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
        const QString name = PlaceText::bothNames(spot.name, spot.nameZh);
        return spot.pairings == 1
                   ? tr("%1: 1 pairing").arg(name)
                   : tr("%1: %2 pairings").arg(name, QLocale().toString(spot.pairings));
    }
    const MapPairing *pairing = m_model->pairing(pairingAt(widgetPoint));
    if (!pairing)
        return {};
    const QString chinese = PlaceText::bothNames(pairing->chineseName, pairing->chineseNameZh);
    const QString year =
        pairing->established.isEmpty() ? tr("year not known") : pairing->established.left(4);
    return tr("%1 – %2\n%3, %4")
        .arg(chinese, pairing->usName, Vocabulary::displayNameOfLevelKey(pairing->level), year);
}

void MapView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The base was drawn in the old colours or letters.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::ApplicationPaletteChange)
        invalidateLayer();
}

bool MapView::event(QEvent *event)
{
    // A touchpad's pinch (as macOS and Wayland report it), and a touchscreen's.
    if (event->type() == QEvent::NativeGesture) {
        const auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + gesture->value(), gesture->position());
            return true;
        }
    }
    if (event->type() == QEvent::Gesture) {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            zoomBy(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint()));
            gestures->accept(pinch);
            return true;
        }
    }
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
    // A place first, as its tooltip says: its first pairing on the map; else an arc.
    qint64 chosen = 0;
    {
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
    if (!chosen)
        chosen = pairingAt(event->position());
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
