// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QPointF>
#include <QTimer>
#include <QTransform>
#include <QWidget>

class MapModel;

// The map: country outlines with China's provinces and the US states, and each pairing the
// model holds as a great-circle arc across the Pacific, province–state pairings apart from
// city pairings (a legend says which is which). Places show how many pairings they have.
// Wheel, pinch or +/− (keys or buttons) zoom about the pointer, a drag pans, 0 or "Fit
// China–US" shows China and the US whole; hovering an arc
// or a place tells its names, level and year; a click chooses the pairing. It says how many
// pairings it cannot place for want of coordinates.
class MapView : public QWidget
{
    Q_OBJECT
public:
    explicit MapView(MapModel *model, QWidget *parent = nullptr);

    // The pairing drawn as chosen (0: none).
    void setSelectedPairing(qint64 pairingId);
    qint64 selectedPairing() const { return m_selected; }
    // Shows China and the United States whole.
    void fitChinaAndUs();
    void zoomBy(double factor, QPointF about);
    // Map coordinates to the widget's, as drawn now.
    QTransform mapToWidget() const;
    // Draws the base afresh at once, as it is a moment after panning or zooming stops.
    void redrawBase();
    // The pairing whose arc passes within a few pixels of the point, or 0.
    qint64 pairingAt(QPointF widgetPoint) const;

    QSize sizeHint() const override { return {900, 420}; }

signals:
    void pairingClicked(qint64 pairingId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The index of the place drawn under the point, or -1.
    int spotAt(QPointF widgetPoint) const;
    QString tooltipAt(QPointF widgetPoint) const;

    // The base drawn at m_layerTransform: reused, moved and scaled, while panning and zooming.
    void renderLayer();
    void invalidateLayer();

    MapModel *m_model;
    QImage m_layer;
    QTransform m_layerTransform;
    QTimer m_redraw;
    QPointF m_centre;     // the map point at the widget's centre
    double m_scale = 100; // pixels per radian of the sphere
    bool m_fitted = false;
    qint64 m_selected = 0;
    QPointF m_pressedAt;
    QPointF m_lastDrag;
    bool m_dragging = false;
};
