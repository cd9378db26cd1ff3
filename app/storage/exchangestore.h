// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/exchange.h"
#include "app/domain/pairing.h"

#include <QList>
#include <QSqlDatabase>

class Database;

// Reads and writes exchanges and their links to pairings and places.
class ExchangeStore
{
public:
    explicit ExchangeStore(const Database &database);

    qint64 insert(const Exchange &exchange); // throws StorageError
    void linkPairing(qint64 exchangeId, qint64 pairingId);
    void linkPlace(qint64 exchangeId, qint64 placeId);
    // A pairing's exchanges, oldest first; those of unknown date last.
    QList<ExchangeSummary> forPairing(qint64 pairingId) const;
    qint64 count() const;

private:
    QSqlDatabase m_db;
};
