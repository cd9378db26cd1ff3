// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/pairinglistmodel.h"

#include "app/domain/placenaming.h"
#include "app/domain/vocabulary.h"
#include "app/models/roles.h"

namespace {
PairingStore::SortKey sortKeyOf(int column)
{
    switch (column) {
    case PairingListModel::Province:
        return PairingStore::SortKey::Province;
    case PairingListModel::UsPlace:
        return PairingStore::SortKey::UsPlace;
    case PairingListModel::State:
        return PairingStore::SortKey::State;
    case PairingListModel::Level:
        return PairingStore::SortKey::Level;
    case PairingListModel::Relation:
        return PairingStore::SortKey::Relation;
    case PairingListModel::Established:
        return PairingStore::SortKey::Established;
    default:
        return PairingStore::SortKey::ChinesePlace;
    }
}

} // namespace

PairingListModel::PairingListModel(const Database &database, int chunkSize, QObject *parent)
    : FilteredListModel(RecordCounter::Pairings, chunkSize, parent), m_store(database)
{
    load();
}

PairingListModel::PairingListModel(const Database &database, RecordCounter *counter,
                                   QObject *parent)
    : FilteredListModel(RecordCounter::Pairings, 200, parent), m_store(database)
{
    setCounter(counter);
    load();
}

int PairingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// A place's both names, whichever way the list names places (View > Place Names).
QString PairingListModel::placeNamedBoth(const PairingListRow &row, int column)
{
    const auto both = [](const QString &en, const QString &zh) {
        return zh.isEmpty() ? QString() : PlaceNaming::shown(en, zh, PlaceNaming::Style::Both);
    };
    switch (column) {
    case ChinesePlace:
        return both(row.chineseNameEn, row.chineseNameZh);
    case Province:
        return both(row.provinceEn, row.provinceZh);
    case UsPlace:
        return both(row.usName, row.usNameZh);
    case State:
        return both(row.stateName, row.stateNameZh);
    default:
        return {};
    }
}

QString PairingListModel::display(const PairingListRow &row, int column) const
{
    switch (column) {
    case ChinesePlace:
        return PlaceNaming::shown(row.chineseNameEn, row.chineseNameZh);
    case Province:
        return PlaceNaming::shown(row.provinceEn, row.provinceZh);
    case UsPlace:
        return PlaceNaming::shown(row.usName, row.usNameZh);
    case State:
        return PlaceNaming::shown(row.stateName, row.stateNameZh);
    case Level:
        return Vocabulary::displayNameOfLevelKey(row.level);
    case Relation:
        return Vocabulary::displayNameOfRelationKey(row.relation);
    case Established:
        return row.established.isNull() ? tr("—") : row.established.toDisplayString();
    }
    return {};
}

QVariant PairingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PairingListRow &row = m_rows.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Established && row.established.isNull())
            return tr("No source gives the date this pairing was established.");
        if (index.column() == State && row.stateName.isEmpty())
            return tr("The data does not say which state this place is in.");
        return placeNamedBoth(row, index.column());
    case Roles::RecordIdRole:
        return row.id;
    case Roles::IsoDateRole:
        return index.column() == Established ? row.established.toIso() : QString();
    default:
        return {};
    }
}

QVariant PairingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChinesePlace:
        return tr("Chinese place");
    case Province:
        return tr("Province");
    case UsPlace:
        return tr("US place");
    case State:
        return tr("State");
    case Level:
        return tr("Level");
    case Relation:
        return tr("Relation");
    case Established:
        return tr("Established");
    }
    return {};
}

void PairingListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortKey = sortKeyOf(column);
    m_order = order;
    resort();
}

int PairingListModel::readChunk(bool fromStart)
{
    m_waiting = m_store.list(filter(), m_sortKey, m_order, fromStart ? 0 : qsizetype(m_rows.size()),
                             chunkSize());
    return static_cast<int>(m_waiting.size());
}

void PairingListModel::appendChunk()
{
    for (PairingListRow &row : m_waiting) {
        for (QString *text : {&row.chineseNameEn, &row.chineseNameZh, &row.provinceEn,
                              &row.provinceZh, &row.usName, &row.usNameZh, &row.stateName,
                              &row.stateNameZh, &row.stateCode, &row.level, &row.relation})
            m_texts.share(*text);
    }
    m_rows.insert(m_rows.end(), m_waiting.cbegin(), m_waiting.cend());
    m_waiting.clear();
}
