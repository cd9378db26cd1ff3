// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/exchange.h"
#include "app/domain/filter.h"
#include "app/domain/pairing.h"
#include "app/storage/filtersql.h"
#include "app/storage/rowbatch.h"
#include "app/storage/statementcache.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

class Database;

// One row of the exchanges list.
struct ExchangeListRow
{
    qint64 id = 0;
    PartialDate date;
    QString title;
    QString field;
    QString mode;
    QString location;
    qint64 pairingId = 0; // the first pairing it belongs to, 0 for none
    QString pairingChinese;
    QString pairingUs;
    int pairingCount = 0;
};

// Reads and writes exchanges and their links to pairings and places. The list pages with a
// cursor (the last row's sort value and id) rather than an offset, so that the millionth row
// costs what the first does; rows whose sort value is unknown follow the known ones.
class ExchangeStore
{
public:
    enum class SortKey { Date, Title, Field, Mode, Location };
    // Where a page of the list ends, to start the next one after it.
    struct Cursor
    {
        bool atStart = true;
        bool inUnknown = false; // past the rows with a known sort value
        QVariant key;
        qint64 id = 0;
    };

    explicit ExchangeStore(const Database &database);

    // Writes a new exchange with its links (with exchange.id when it is not 0, to put one back)
    // and returns its id; throws StorageError.
    qint64 insert(const Exchange &exchange);
    // Writes many exchanges at once with their links, each with its id given (an import);
    // throws StorageError.
    void insert(const QList<Exchange> &exchanges, const RowBatch::Watch &watch = {});
    // Links exchanges to the places they name: (exchange, place) ids.
    void linkPlaces(const QList<QPair<qint64, qint64>> &links, const RowBatch::Watch &watch = {});
    // Writes the fields if the record still has versionNow, giving it versionAfter; throws
    // ConflictError if someone changed or removed it meanwhile.
    void update(const Exchange &exchange, int versionNow, int versionAfter);
    // What relink did: the links it made and those it removed (each a link table's index and
    // the linked record's id), to be taken back exactly.
    struct LinkChanges
    {
        QList<std::pair<int, qint64>> made;
        QList<std::pair<int, qint64>> removed;
    };
    // Makes the links of to that from lacks and removes those from has and to lacks, leaving
    // the rest (links someone else made or removed meanwhile) alone.
    LinkChanges relink(const Exchange &from, const Exchange &to);
    // Takes back what relink did to the exchange's links, and nothing else.
    void takeBack(qint64 exchangeId, const LinkChanges &changes);
    // Removes the exchange read at version, with its links; throws ConflictError.
    void remove(qint64 id, int version);
    static QString changedMeanwhile();
    // A pairing's exchanges, oldest first; those of unknown date last.
    QList<ExchangeSummary> forPairing(qint64 pairingId) const;
    qint64 count(const Filter &filter = {}) const;
    // Up to limit rows after the cursor; moves the cursor to the last row returned.
    QList<ExchangeListRow> list(const Filter &filter, SortKey key, Qt::SortOrder order,
                                Cursor *cursor, int limit) const;
    std::optional<Exchange> byId(qint64 id) const;
    // An exchange with this title (whatever its case) and date (both unknown counts as the
    // same), or 0.
    qint64 sameTitleAndDate(const Exchange &exchange) const;
    QList<PairingReference> pairingsOf(qint64 exchangeId) const;
    QStringList placeNamesOf(qint64 exchangeId) const;
    QStringList institutionNamesOf(qint64 exchangeId) const;

    // The search words that name no place: they can only stand in the exchanges' texts.
    QStringList placelessWords(const QStringList &words) const;

private:
    // One link made or removed (table: an index into the link tables); whether it was.
    bool link(qint64 exchangeId, int table, qint64 id);
    bool unlink(qint64 exchangeId, int table, qint64 id);
    QStringList commonWords(const Filter &filter) const;
    // condition: the filter's, to which page() adds where the page starts.
    QList<ExchangeListRow> page(SqlCondition condition, SortKey key, Qt::SortOrder order,
                                bool unknownPart, const Cursor &after, int limit,
                                QVariant *lastKey) const;
    const Database &m_database;
    QSqlDatabase m_db;
    mutable StatementCache m_statements; // the statements an import runs for every row
};
