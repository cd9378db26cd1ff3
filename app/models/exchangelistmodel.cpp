// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/exchangelistmodel.h"

#include "app/domain/vocabulary.h"
#include "app/models/roles.h"
#include "app/storage/storageerror.h"

#include <QScopedValueRollback>

#include <optional>

namespace {
std::optional<ExchangeStore::SortKey> sortKeyOf(int column)
{
    switch (column) {
    case ExchangeListModel::Date:
        return ExchangeStore::SortKey::Date;
    case ExchangeListModel::Title:
        return ExchangeStore::SortKey::Title;
    case ExchangeListModel::Field:
        return ExchangeStore::SortKey::Field;
    case ExchangeListModel::Mode:
        return ExchangeStore::SortKey::Mode;
    case ExchangeListModel::Location:
        return ExchangeStore::SortKey::Location;
    default:
        return std::nullopt;
    }
}
} // namespace

ExchangeListModel::ExchangeListModel(const Database &database, int chunkSize, QObject *parent)
    : QAbstractTableModel(parent), m_store(database), m_chunkSize(chunkSize)
{
    reload(true);
}

int ExchangeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ExchangeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExchangeListModel::display(const ExchangeListRow &row, int column) const
{
    switch (column) {
    case Date:
        return row.date.isNull() ? tr("—") : row.date.toDisplayString();
    case Title:
        return row.title;
    case Field:
        return Vocabulary::displayNameOfFieldKey(row.field);
    case Mode:
        return Vocabulary::displayNameOfModeKey(row.mode);
    case Pairing:
        if (row.pairingCount == 0)
            return tr("—");
        if (row.pairingCount == 1)
            return tr("%1 – %2").arg(row.pairingChinese, row.pairingUs);
        return tr("%1 – %2 and %3 more")
            .arg(row.pairingChinese, row.pairingUs)
            .arg(row.pairingCount - 1);
    case Location:
        return row.location;
    }
    return {};
}

QVariant ExchangeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExchangeListRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Date && row.date.isNull())
            return tr("No source gives the date of this exchange.");
        if (index.column() == Pairing && row.pairingCount == 0)
            return tr("Not tied to one pairing (a national or multilateral event).");
        if (index.column() == Title)
            return row.title;
        return {};
    case Roles::RecordIdRole:
        return row.id;
    case Roles::IsoDateRole:
        return index.column() == Date ? row.date.toIso() : QString();
    default:
        return {};
    }
}

QVariant ExchangeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Title:
        return tr("Title");
    case Field:
        return tr("Field");
    case Mode:
        return tr("Mode");
    case Pairing:
        return tr("Pairing");
    case Location:
        return tr("Location");
    }
    return {};
}

bool ExchangeListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_failed && m_rows.size() < m_total;
}

void ExchangeListModel::fetchMore(const QModelIndex &parent)
{
    if (m_fetching || !canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    QList<ExchangeListRow> chunk;
    try {
        chunk = m_store.list(m_filter, m_sortKey, m_order, &m_cursor, m_chunkSize);
    } catch (const StorageError &e) {
        m_failed = true;
        emit errorOccurred(e.message());
        return;
    }
    if (chunk.isEmpty()) {
        m_total = m_rows.size(); // someone removed rows meanwhile
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(chunk.size()) - 1);
    m_rows.append(chunk);
    endInsertRows();
}

void ExchangeListModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyOf(column);
    if (!key)
        return;
    m_sortKey = *key;
    m_order = order;
    beginResetModel();
    reload(false); // the same rows in another order: the count stands
    endResetModel();
}

void ExchangeListModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

qint64 ExchangeListModel::pairingIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).pairingId : 0;
}

void ExchangeListModel::refresh()
{
    beginResetModel();
    reload(true);
    endResetModel();
}

void ExchangeListModel::reload(bool recount)
{
    m_rows.clear();
    m_cursor = {};
    m_failed = false;
    try {
        if (recount)
            m_total = m_store.count(m_filter);
        m_rows = m_store.list(m_filter, m_sortKey, m_order, &m_cursor, m_chunkSize);
    } catch (const StorageError &e) {
        m_total = 0;
        m_rows.clear();
        m_failed = true;
        emit errorOccurred(e.message());
    }
}
