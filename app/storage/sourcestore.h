// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/source.h"

#include <QList>
#include <QSqlDatabase>

class Database;

// Reads and writes sources and their links to pairings.
class SourceStore
{
public:
    explicit SourceStore(const Database &database);

    qint64 insert(const Source &source); // throws StorageError
    void citeForPairing(qint64 pairingId, qint64 sourceId);
    void citeForExchange(qint64 exchangeId, qint64 sourceId);
    QList<Source> forPairing(qint64 pairingId) const;
    QList<Source> forExchange(qint64 exchangeId) const;
    qint64 count() const;

private:
    // linkTable and ownerColumn are fixed names from this class, never user text.
    QList<Source> cited(const QString &linkTable, const QString &ownerColumn, qint64 ownerId) const;
    QSqlDatabase m_db;
};
