// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/exchangedetailmodel.h"

#include "app/storage/storageerror.h"

ExchangeDetailModel::ExchangeDetailModel(const Database &database, QObject *parent)
    : QObject(parent), m_exchanges(database), m_sources(database)
{}

void ExchangeDetailModel::showExchange(qint64 exchangeId)
{
    ExchangeDetail detail;
    try {
        if (const auto exchange = exchangeId ? m_exchanges.byId(exchangeId) : std::nullopt) {
            detail.exchange = *exchange;
            detail.pairings = m_exchanges.pairingsOf(exchangeId);
            detail.places = m_exchanges.placeNamesOf(exchangeId);
            detail.institutions = m_exchanges.institutionNamesOf(exchangeId);
            detail.sources = m_sources.forExchange(exchangeId);
        }
    } catch (const StorageError &e) {
        detail = ExchangeDetail();
        emit errorOccurred(e.message());
    }
    m_detail = detail;
    emit changed();
}
