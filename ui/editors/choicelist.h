// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIdentityProxyModel>

// A record list as a picker shows it: the first column names each record so that two of the
// same name can be told apart (Roles::ChoiceTextRole: "Beijing · Province / state" and
// "Beijing · Beijing").
class ChoiceList : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Searches the names as shown here (QIdentityProxyModel would search the source's).
    QModelIndexList match(const QModelIndex &start, int role, const QVariant &value, int hits = 1,
                          Qt::MatchFlags flags = Qt::MatchFlags(Qt::MatchStartsWith |
                                                                Qt::MatchWrap)) const override;
};
