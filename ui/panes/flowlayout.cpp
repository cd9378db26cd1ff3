// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/flowlayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

FlowLayout::FlowLayout(int mostRows, QWidget *parent) : QLayout(parent), m_mostRows(mostRows) {}

FlowLayout::~FlowLayout()
{
    qDeleteAll(m_items);
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false).height;
}

// The narrowest width that needs no more rows than allowed (found by halving: fewer rows never
// need less width), never narrower than the widest item.
QSize FlowLayout::minimumSize() const
{
    const QMargins margins = contentsMargins();
    int narrow = 0;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            narrow = std::max(narrow, item->sizeHint().width());
    }
    narrow += margins.left() + margins.right();
    int wide = std::max(narrow, sizeHint().width());
    while (narrow < wide) {
        const int middle = narrow + (wide - narrow) / 2;
        if (arrange(QRect(0, 0, middle, 0), false).count <= m_mostRows)
            wide = middle;
        else
            narrow = middle + 1;
    }
    return {narrow, heightForWidth(narrow)};
}

// Every item on one row.
QSize FlowLayout::sizeHint() const
{
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        if (width > 0)
            width += horizontalGap();
        width += item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::horizontalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *parent = parentWidget();
    return parent
               ? parent->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent)
               : 6;
}

int FlowLayout::verticalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *parent = parentWidget();
    return parent ? parent->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, parent)
                  : 6;
}

FlowLayout::Rows FlowLayout::arrange(const QRect &rect, bool place) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = horizontalGap();
    QList<QLayoutItem *> shown;
    for (QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            shown.append(item);
    }
    int y = area.top();
    int rows = 0;
    qsizetype first = 0;
    while (first < shown.size()) {
        // The items that fit on this row; at least one, however narrow the area.
        int used = std::min(shown.at(first)->sizeHint().width(), area.width());
        int height = shown.at(first)->sizeHint().height();
        qsizetype end = first + 1;
        while (end < shown.size() &&
               used + gap + shown.at(end)->sizeHint().width() <= area.width()) {
            used += gap + shown.at(end)->sizeHint().width();
            height = std::max(height, shown.at(end)->sizeHint().height());
            ++end;
        }
        if (place) {
            // What the row leaves over goes to the items that grow sideways, shared evenly.
            int growing = 0;
            for (qsizetype i = first; i < end; ++i) {
                if (shown.at(i)->expandingDirections() & Qt::Horizontal)
                    ++growing;
            }
            const int extra = growing ? std::max(0, area.width() - used) / growing : 0;
            int x = area.left();
            for (qsizetype i = first; i < end; ++i) {
                QLayoutItem *item = shown.at(i);
                QSize size = item->sizeHint();
                if (item->expandingDirections() & Qt::Horizontal)
                    size.rwidth() += extra;
                size = size.boundedTo(QSize(area.width(), height)).boundedTo(item->maximumSize());
                const QRect cell(x, y + (height - size.height()) / 2, size.width(), size.height());
                item->setGeometry(QStyle::visualRect(
                    parentWidget() ? parentWidget()->layoutDirection() : Qt::LeftToRight, area,
                    cell));
                x += size.width() + gap;
            }
        }
        y += height + verticalGap();
        first = end;
        ++rows;
    }
    const int used = shown.isEmpty() ? 0 : y - verticalGap() - area.top();
    return {rows, used + contentsMargins().top() + contentsMargins().bottom()};
}
