// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/pairing.h"
#include "app/models/pairingexchangesmodel.h"
#include "app/storage/exchangestore.h"
#include "app/storage/pairingstore.h"
#include "app/storage/placestore.h"
#include "app/storage/sourcestore.h"

#include <QObject>

class Database;

// The pairing the user has chosen, read whole for the detail pane: its two places with their
// province and state, its exchanges and its sources.
class PairingDetailModel : public QObject
{
    Q_OBJECT
public:
    explicit PairingDetailModel(const Database &database, QObject *parent = nullptr);

    // Shows the pairing with this id; 0 (or an id that no longer exists) shows none.
    void showPairing(qint64 pairingId);
    bool hasPairing() const { return m_detail.pairing.id != 0; }
    const PairingDetail &detail() const { return m_detail; }
    PairingExchangesModel *exchanges() { return &m_exchanges; }

signals:
    void changed();
    void errorOccurred(const QString &message);

private:
    Place placeOrNone(qint64 id) const;

    PairingStore m_pairings;
    PlaceStore m_places;
    ExchangeStore m_exchangeStore;
    SourceStore m_sources;
    PairingDetail m_detail;
    PairingExchangesModel m_exchanges;
};
