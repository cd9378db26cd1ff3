// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/placechoicesmodel.h"

#include "app/models/roles.h"
#include "app/storage/storageerror.h"

PlaceChoicesModel::PlaceChoicesModel(const Database &database, const QString &countryCode,
                                     QObject *parent)
    : QAbstractListModel(parent), m_store(database), m_country(countryCode)
{}

void PlaceChoicesModel::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    refresh();
}

void PlaceChoicesModel::refresh()
{
    if (!m_loaded)
        return;
    beginResetModel();
    try {
        m_places = m_store.inCountry(m_country);
        m_lastError.clear();
    } catch (const StorageError &e) {
        m_places.clear();
        m_lastError = e.message(); // the editor shows it
    }
    m_regionNames.clear();
    for (const Place &place : std::as_const(m_places)) {
        if (!place.regionCode.isEmpty())
            m_regionNames.insert(place.id, place.nameEn);
    }
    endResetModel();
}

int PlaceChoicesModel::rowOf(qint64 placeId) const
{
    for (int row = 0; row < m_places.size(); ++row) {
        if (m_places[row].id == placeId)
            return row;
    }
    return -1;
}

int PlaceChoicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_places.size());
}

QVariant PlaceChoicesModel::data(const QModelIndex &index, int role) const
{
    // Combo boxes ask about the invalid index while nothing is chosen.
    if (!index.isValid() || index.row() >= m_places.size())
        return {};
    const Place &place = m_places[index.row()];
    if (role == Roles::RecordIdRole)
        return place.id;
    if (role == Roles::KeyRole)
        return place.regionCode; // a province or state has one
    // The same text for both roles: an editable box shows and completes on the edit role, and
    // the province keeps two places of one name apart.
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    QString text = place.nameEn;
    if (!place.nameZh.isEmpty())
        text += QLatin1Char(' ') + place.nameZh;
    const QString region = m_regionNames.value(place.parentId);
    if (!region.isEmpty())
        text += tr(" · %1").arg(region);
    return text;
}
