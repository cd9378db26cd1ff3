// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/chartlegend.h"

#include "app/models/roles.h"
#include "app/models/timelineseries.h"
#include "ui/chart/chartpalette.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

#include <cmath>

ChartLegend::ChartLegend(const TimelineSeries *model, QWidget *parent)
    : QListWidget(parent), m_model(model)
{
    setAccessibleName(tr("Series shown in the timeline"));
    setSelectionMode(QAbstractItemView::NoSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    setUniformItemSizes(true);
    connect(model, &QAbstractItemModel::modelReset, this, &ChartLegend::rebuild);
    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_building)
            return;
        const QString key = item->data(Roles::KeyRole).toString();
        if (item->checkState() == Qt::Checked)
            m_hidden.remove(key);
        else
            m_hidden.insert(key);
        emit hiddenKeysChanged(m_hidden);
    });
    // A click anywhere on an entry switches it, not only on its box.
    connect(this, &QListWidget::itemClicked, this, &ChartLegend::toggle);
    rebuild();
}

void ChartLegend::toggle(QListWidgetItem *item)
{
    if (item)
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
}

void ChartLegend::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return ||
        event->key() == Qt::Key_Enter) {
        toggle(currentItem());
        return;
    }
    QListWidget::keyPressEvent(event);
}

void ChartLegend::setDark(bool dark)
{
    m_dark = dark;
    rebuild();
}

QIcon ChartLegend::swatch(const QString &key) const
{
    const int side = fontMetrics().height();
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor pairings = ChartPalette::pairingsColor(m_dark);
    const QRectF box(2, 2, side - 4, side - 4);
    if (key == QLatin1String("established")) {
        painter.translate(box.center());
        painter.rotate(45);
        painter.fillRect(QRectF(-side / 4.0, -side / 4.0, side / 2.0, side / 2.0), pairings);
    } else if (key == QLatin1String("cumulative")) {
        painter.setPen(QPen(pairings, 2));
        painter.drawLine(QPointF(1, side / 2.0), QPointF(side - 1, side / 2.0));
    } else if (key == TimelineSeries::officialKey()) {
        // A five-pointed star, as the chart marks them.
        QPolygonF star;
        for (int point = 0; point < 10; ++point) {
            const qreal radius = (point % 2 ? 0.2 : 0.48) * side;
            const qreal angle = M_PI * (point / 5.0 - 0.5);
            star << QPointF(side / 2.0 + radius * std::cos(angle),
                            side / 2.0 + radius * std::sin(angle));
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(pairings);
        painter.drawPolygon(star);
    } else {
        painter.fillRect(box, ChartPalette::categoryBrush(key));
        painter.setPen(ChartPalette::categoryColor(key).darker(130));
        painter.drawRect(box);
    }
    return QIcon(pixmap);
}

void ChartLegend::rebuild()
{
    m_building = true;
    clear();
    const auto add = [this](const QString &key, const QString &name) {
        auto *item = new QListWidgetItem(swatch(key), name);
        item->setData(Roles::KeyRole, key);
        // Not user-checkable: the box would switch on its own as well as through toggle().
        item->setFlags(Qt::ItemIsEnabled);
        item->setCheckState(m_hidden.contains(key) ? Qt::Unchecked : Qt::Checked);
        addItem(item);
    };
    for (int column = 0; column < m_model->columnCount(); ++column) {
        add(m_model->headerData(column, Qt::Horizontal, Roles::KeyRole).toString(),
            m_model->headerData(column, Qt::Horizontal).toString());
    }
    if (!m_model->officialMarks().isEmpty())
        add(TimelineSeries::officialKey(), TimelineSeries::officialTotalsName());
    m_building = false;
    // As wide as its longest name ("Pairings with a known year", in either language), so that
    // no name is cut; a vertical scroll bar is kept room for when the entries outgrow the height.
    const int widest = sizeHintForColumn(0);
    if (widest > 0) {
        setFixedWidth(widest + 2 * frameWidth() +
                      style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this) + 4);
    }
}
