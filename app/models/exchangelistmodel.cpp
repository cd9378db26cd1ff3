// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/exchangelistmodel.h"

#include "app/domain/vocabulary.h"
#include "app/models/roles.h"

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
    : FilteredListModel(RecordCounter::Exchanges, chunkSize, parent), m_store(database)
{
    load();
}

ExchangeListModel::ExchangeListModel(const Database &database, RecordCounter *counter,
                                     QObject *parent)
    : FilteredListModel(RecordCounter::Exchanges, 200, parent), m_store(database)
{
    setCounter(counter);
    load();
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
    const ExchangeListRow &row = m_rows.at(size_t(index.row()));
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
    return columnTitle(section);
}

QString ExchangeListModel::columnTitle(int column)
{
    switch (column) {
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

void ExchangeListModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyOf(column);
    if (!key)
        return;
    m_sortKey = *key;
    m_order = order;
    resort();
}

int ExchangeListModel::readChunk(bool fromStart)
{
    if (fromStart)
        m_cursor = {};
    m_waiting = m_store.list(filter(), m_sortKey, m_order, &m_cursor, chunkSize());
    return static_cast<int>(m_waiting.size());
}

void ExchangeListModel::appendChunk()
{
    for (ExchangeListRow &row : m_waiting) {
        for (QString *text :
             {&row.field, &row.mode, &row.location, &row.pairingChinese, &row.pairingUs})
            m_texts.share(*text);
    }
    m_rows.insert(m_rows.end(), m_waiting.cbegin(), m_waiting.cend());
    m_waiting.clear();
}

qint64 ExchangeListModel::pairingIdAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows.at(size_t(row)).pairingId : 0;
}
