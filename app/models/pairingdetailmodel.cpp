// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/pairingdetailmodel.h"

#include "app/storage/storageerror.h"

PairingDetailModel::PairingDetailModel(const Database &database, QObject *parent)
    : QObject(parent), m_pairings(database), m_places(database), m_exchangeStore(database),
      m_sources(database)
{}

Place PairingDetailModel::placeOrNone(qint64 id) const
{
    return id ? m_places.byId(id).value_or(Place()) : Place();
}

void PairingDetailModel::showPairing(qint64 pairingId)
{
    PairingDetail detail;
    try {
        if (const auto pairing = pairingId ? m_pairings.byId(pairingId) : std::nullopt) {
            detail.pairing = *pairing;
            detail.chinesePlace = placeOrNone(pairing->chinesePlaceId);
            detail.chineseRegion = placeOrNone(detail.chinesePlace.parentId);
            detail.usPlace = placeOrNone(pairing->usPlaceId);
            detail.usRegion = placeOrNone(detail.usPlace.parentId);
            detail.exchanges = m_exchangeStore.forPairing(pairingId);
            detail.sources = m_sources.forPairing(pairingId);
        }
    } catch (const StorageError &e) {
        detail = PairingDetail();
        emit errorOccurred(e.message());
    }
    m_detail = detail;
    m_exchanges.setExchanges(m_detail.exchanges);
    emit changed();
}
