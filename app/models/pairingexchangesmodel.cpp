// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/pairingexchangesmodel.h"

#include "app/domain/vocabulary.h"
#include "app/models/exchangelistmodel.h"
#include "app/models/roles.h"

void PairingExchangesModel::setExchanges(const QList<ExchangeSummary> &exchanges)
{
    beginResetModel();
    m_exchanges = exchanges;
    endResetModel();
}

int PairingExchangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_exchanges.size());
}

int PairingExchangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PairingExchangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExchangeSummary &exchange = m_exchanges.at(index.row());
    if (role == Roles::RecordIdRole)
        return exchange.id;
    if (role == Qt::ToolTipRole && index.column() == Date && exchange.date.isNull())
        return tr("No source gives the date of this exchange.");
    if (role == Qt::ToolTipRole && index.column() == Title)
        return exchange.title;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return exchange.date.isNull() ? tr("—") : exchange.date.toDisplayString();
    case Title:
        return exchange.title;
    case Field:
        return Vocabulary::displayNameOfFieldKey(exchange.field);
    case Mode:
        return Vocabulary::displayNameOfModeKey(exchange.mode);
    }
    return {};
}

QVariant PairingExchangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // The same columns as the first four of the exchanges list.
    static_assert(
        int(Date) == int(ExchangeListModel::Date) && int(Title) == int(ExchangeListModel::Title) &&
        int(Field) == int(ExchangeListModel::Field) && int(Mode) == int(ExchangeListModel::Mode));
    return ExchangeListModel::columnTitle(section);
}
