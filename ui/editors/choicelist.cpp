// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editors/choicelist.h"

#include "app/models/roles.h"

QVariant ChoiceList::data(const QModelIndex &index, int role) const
{
    if (index.column() == 0 && (role == Qt::DisplayRole || role == Qt::EditRole))
        return QIdentityProxyModel::data(index, Roles::ChoiceTextRole);
    return QIdentityProxyModel::data(index, role);
}

QModelIndexList ChoiceList::match(const QModelIndex &start, int role, const QVariant &value,
                                  int hits, Qt::MatchFlags flags) const
{
    return QAbstractItemModel::match(start, role, value, hits, flags);
}
