// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/breakdownmodel.h"

#include "app/domain/placenaming.h"
#include "app/domain/vocabulary.h"
#include "app/models/roles.h"
#include "app/models/statisticscounter.h"

#include <memory>

BreakdownModel::BreakdownModel(const Database &database, What what, QObject *parent)
    : QAbstractTableModel(parent), m_store(database), m_what(what)
{
    refresh();
}

BreakdownModel::BreakdownModel(const Database &database, What what, StatisticsCounter *counter,
                               QObject *parent)
    : QAbstractTableModel(parent), m_store(database), m_counter(counter), m_what(what)
{
    refresh();
}

QString BreakdownModel::titleOf(What what)
{
    switch (what) {
    case PairingsByProvince:
        return tr("Pairings by Chinese province");
    case PairingsByState:
        return tr("Pairings by US state");
    case ExchangesByField:
        return tr("Exchanges by field");
    case ExchangesByMode:
        return tr("Exchanges by mode");
    }
    return {};
}

QString BreakdownModel::title() const
{
    return titleOf(m_what);
}

QString BreakdownModel::countName() const
{
    return m_what == PairingsByProvince || m_what == PairingsByState ? tr("Pairings")
                                                                     : tr("Exchanges");
}

void BreakdownModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void BreakdownModel::refresh()
{
    auto parts = std::make_shared<QList<FilterChoice>>();
    const Filter filter = m_filter;
    const What what = m_what;
    auto job = [parts, filter, what](const StatisticsStore &store) {
        switch (what) {
        case PairingsByProvince:
            *parts = store.pairingsByRegion(filter, QStringLiteral("CN"));
            break;
        case PairingsByState:
            *parts = store.pairingsByRegion(filter, QStringLiteral("US"));
            break;
        case ExchangesByField:
            *parts = store.exchangesBy(filter, StatisticsStore::Split::Field);
            break;
        case ExchangesByMode:
            *parts = store.exchangesBy(filter, StatisticsStore::Split::Mode);
            break;
        }
    };
    m_counting = true;
    StatisticsCounter::run(m_counter, m_store, this, job,
                           [this, parts](const QString &error) { take(*parts, error); });
}

void BreakdownModel::take(const QList<FilterChoice> &parts, const QString &error)
{
    m_counting = false;
    m_lastError = error;
    beginResetModel();
    m_parts = error.isEmpty() ? parts : QList<FilterChoice>();
    m_total = 0;
    for (const FilterChoice &part : std::as_const(m_parts))
        m_total += part.count;
    endResetModel();
    if (!m_lastError.isEmpty())
        emit errorOccurred(m_lastError);
}

QString BreakdownModel::partName(const FilterChoice &part) const
{
    switch (m_what) {
    case PairingsByProvince:
        if (part.key.isEmpty())
            return tr("Province not recorded");
        return PlaceNaming::shown(part.nameEn, part.nameZh);
    case PairingsByState:
        return part.key.isEmpty() ? tr("State not recorded")
                                  : PlaceNaming::shown(part.nameEn, part.nameZh);
    case ExchangesByField:
        return Vocabulary::displayNameOfFieldKey(part.key);
    case ExchangesByMode:
        return Vocabulary::displayNameOfModeKey(part.key);
    }
    return part.key;
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_parts.size());
}

int BreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FilterChoice &part = m_parts[index.row()];
    if (role == Roles::KeyRole)
        return part.key;
    if (role == Qt::DisplayRole)
        return index.column() == Part ? QVariant(partName(part)) : QVariant(part.count);
    if (role == Qt::TextAlignmentRole && index.column() == Count)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == Count)
        return countName();
    switch (m_what) {
    case PairingsByProvince:
        return tr("Province");
    case PairingsByState:
        return tr("State");
    case ExchangesByField:
        return tr("Field");
    case ExchangesByMode:
        return tr("Mode");
    }
    return {};
}
