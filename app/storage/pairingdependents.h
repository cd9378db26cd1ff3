// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/storage/rowsnapshot.h"

#include <QList>

class Database;

// A pairing with everything that goes when it goes: its links to sources and exchanges, and
// the exchanges that belong to it alone (with their places, institutions and sources).
// Exchanges shared with another pairing stay, losing only the link. Captured before a
// deletion, it puts every row back as it was, same ids and versions.
class PairingDependents
{
public:
    static PairingDependents capture(const Database &database, qint64 pairingId);
    // Deletes the pairing's own exchanges; the pairing itself is removed by PairingStore.
    void removeOwnExchanges(const Database &database) const;
    void restore(const Database &database) const; // throws StorageError

    const QList<qint64> &ownExchanges() const { return m_ownExchanges; } // ascending ids
    int sharedExchanges() const { return m_sharedExchanges; }
    int sources() const { return int(m_pairingSources.size()); }

private:
    QList<qint64> m_ownExchanges;
    int m_sharedExchanges = 0;
    RowSnapshot m_pairing;
    RowSnapshot m_exchanges;
    RowSnapshot m_exchangePlaces;
    RowSnapshot m_exchangeInstitutions;
    RowSnapshot m_exchangeSources;
    RowSnapshot m_exchangePairings;
    RowSnapshot m_pairingSources;
};
