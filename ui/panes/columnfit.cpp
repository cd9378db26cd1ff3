// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/columnfit.h"

#include <QEvent>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QTableView>

#include <algorithm>
#include <numeric>

ColumnFit::ColumnFit(QTableView *view, QList<int> narrowable, int widest)
    : QObject(view), m_view(view), m_narrowable(std::move(narrowable)), m_defaultWidest(widest)
{
    view->viewport()->installEventFilter(this);
    // The list's first rows may come after the list is shown.
    connect(view->model(), &QAbstractItemModel::modelReset, this, &ColumnFit::fit);
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting)
            deleteLater(); // the user sized a column: leave the widths to the user
    });
}

bool ColumnFit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFit::measure()
{
    if (!m_wanted.isEmpty() || m_view->model()->rowCount() == 0)
        return;
    const QHeaderView *header = m_view->horizontalHeader();
    const QAbstractItemView *view = m_view; // where sizeHintForColumn is public
    for (int column = 0; column < header->count(); ++column) {
        const int contents =
            std::max(header->sectionSizeHint(column), view->sizeHintForColumn(column));
        m_wanted << std::min(contents, m_widest.value(column, m_defaultWidest));
    }
}

void ColumnFit::fit()
{
    measure();
    if (m_wanted.isEmpty())
        return;
    QHeaderView *header = m_view->horizontalHeader();
    QList<int> widths = m_wanted;
    const int total = std::accumulate(widths.begin(), widths.end(), 0);
    const int excess = total - m_view->viewport()->width();
    if (excess > 0) {
        // Each name column gives in proportion to what it has beyond its header's width.
        int spare = 0;
        for (int column : m_narrowable)
            spare += std::max(0, widths.at(column) - header->sectionSizeHint(column));
        for (int column : m_narrowable) {
            const int own = std::max(0, widths.at(column) - header->sectionSizeHint(column));
            if (spare > 0)
                widths[column] -= std::min(own, int(qint64(excess) * own / spare + 1));
        }
    }
    const QScopedValueRollback<bool> fitting(m_fitting, true);
    for (int column = 0; column < widths.size(); ++column)
        header->resizeSection(column, widths.at(column));
}
