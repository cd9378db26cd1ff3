// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/pairing.h"

#include <QAbstractTableModel>

// The exchanges of one pairing, as its detail shows them: date, title, field, mode.
class PairingExchangesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Title, Field, Mode, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setExchanges(const QList<ExchangeSummary> &exchanges);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ExchangeSummary> m_exchanges;
};
