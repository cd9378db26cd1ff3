// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/chosenrow.h"

#include "app/models/roles.h"

#include <QAbstractItemView>

namespace ChosenRow {

void keepThroughResets(QAbstractItemView *view)
{
    QAbstractItemModel *model = view->model();
    QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, view, [view] {
        view->setProperty("chosenId", view->currentIndex().data(Roles::RecordIdRole));
    });
    QObject::connect(model, &QAbstractItemModel::modelReset, view, [view, model] {
        const QVariant chosen = view->property("chosenId");
        const QModelIndexList kept =
            chosen.isValid()
                ? model->match(model->index(0, 0), Roles::RecordIdRole, chosen, 1, Qt::MatchExactly)
                : QModelIndexList();
        if (kept.isEmpty()) {
            view->selectionModel()->clear();
        } else {
            view->setCurrentIndex(kept.first());
            view->scrollTo(kept.first());
        }
    });
}

} // namespace ChosenRow
