// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/windowsnapshot.h"

#include "app/models/roles.h"

#include <QScrollBar>
#include <QTableView>

WindowSnapshot::List WindowSnapshot::of(const QTableView &view)
{
    List list;
    const QModelIndex current = view.currentIndex();
    if (current.isValid())
        list.chosen = current.data(Roles::RecordIdRole);
    list.scrolled = {view.horizontalScrollBar()->value(), view.verticalScrollBar()->value()};
    return list;
}

void WindowSnapshot::showAgain(QTableView &view, const List &list)
{
    QAbstractItemModel *model = view.model();
    // The lists read their rows a chunk at a time: the chosen one may lie past those read yet.
    if (list.chosen.isValid()) {
        int from = 0;
        for (;;) {
            const QModelIndexList found = model->match(model->index(from, 0), Roles::RecordIdRole,
                                                       list.chosen, 1, Qt::MatchExactly);
            if (!found.isEmpty()) {
                view.setCurrentIndex(found.first());
                break;
            }
            if (!model->canFetchMore({}))
                break;
            from = model->rowCount();
            model->fetchMore({});
            if (model->rowCount() == from)
                break;
        }
    }
    // Choosing scrolled to the record; the list goes back to where it was scrolled, which is
    // where the record was seen. The scroll bars' ranges follow the rows read and laid out.
    view.doItemsLayout();
    QScrollBar *vertical = view.verticalScrollBar();
    while (vertical->maximum() < list.scrolled.y() && model->canFetchMore({})) {
        const int rows = model->rowCount();
        model->fetchMore({});
        if (model->rowCount() == rows)
            break;
        view.doItemsLayout();
    }
    vertical->setValue(list.scrolled.y());
    view.horizontalScrollBar()->setValue(list.scrolled.x());
}
