// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/source.h"
#include "app/storage/rowbatch.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

class Database;

// Reads and writes sources and their links to pairings and exchanges.
class SourceStore
{
public:
    explicit SourceStore(const Database &database);

    // Writes a new source (with source.id when it is not 0, to put one back); throws
    // StorageError.
    qint64 insert(const Source &source);
    // Writes many sources at once, each with its id given (an import); throws StorageError.
    void insert(const QList<Source> &sources, const RowBatch::Watch &watch = {});
    // Writes the title, publisher and address if the record still has versionNow, giving it
    // versionAfter; throws ConflictError if someone changed or removed it meanwhile.
    void update(const Source &source, int versionNow, int versionAfter);
    static QString changedMeanwhile();
    std::optional<Source> byId(qint64 id) const;
    // Every source, by title (or address, where it has no title).
    QList<Source> all() const;
    // The source with this web address, or 0 (an address is cited by one source only).
    qint64 withUrl(const QString &url) const;
    // Whether the record already cites a source with this web address.
    bool cites(const QString &linkTable, const QString &ownerColumn, qint64 ownerId,
               const QString &url) const;
    // Takes back a citation; a source cited nowhere else goes too if removeUncited, unless it
    // has been edited since it was added (someone corrected it: it stays in the list).
    void uncite(const QString &linkTable, const QString &ownerColumn, qint64 ownerId,
                qint64 sourceId, bool removeUncited);
    // The link tables, by what cites.
    static QString pairingLinks() { return QStringLiteral("pairing_sources"); }
    static QString exchangeLinks() { return QStringLiteral("exchange_sources"); }
    void citeForPairing(qint64 pairingId, qint64 sourceId);
    // Many citations at once: (pairing, source) ids.
    void citeForPairings(const QList<QPair<qint64, qint64>> &citations,
                         const RowBatch::Watch &watch = {});
    void citeForExchange(qint64 exchangeId, qint64 sourceId);
    QList<Source> forPairing(qint64 pairingId) const;
    QList<Source> forExchange(qint64 exchangeId) const;
    qint64 count() const;

private:
    // linkTable and ownerColumn are fixed names from this class, never user text.
    QList<Source> cited(const QString &linkTable, const QString &ownerColumn, qint64 ownerId) const;
    QSqlDatabase m_db;
};
