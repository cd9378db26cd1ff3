// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filter.h"
#include "app/domain/pairing.h"
#include "app/storage/rowbatch.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

class Database;
struct SqlCondition;

// One row of the pairings list, as the list shows it.
struct PairingListRow
{
    qint64 id = 0;
    QString chineseNameEn;
    QString chineseNameZh;
    QString provinceEn; // the province, or the place itself for a province-level pairing
    QString provinceZh;
    QString usName;
    QString usNameZh; // empty when not known
    QString stateName;
    QString stateNameZh;
    QString stateCode; // ISO 3166-2 ("US-MO")
    QString level;
    QString relation;
    PartialDate established;
};

// Reads and writes pairings. Lists are sorted and paged in the database.
class PairingStore
{
public:
    enum class SortKey { ChinesePlace, Province, UsPlace, State, Level, Relation, Established };

    explicit PairingStore(const Database &database);

    // Writes a new pairing (with pairing.id when it is not 0, to put one back) and returns its
    // id; throws StorageError.
    qint64 insert(const Pairing &pairing);
    // Writes many pairings at once, each with its id given (an import); throws StorageError.
    void insert(const QList<Pairing> &pairings, const RowBatch::Watch &watch = {});
    // Writes the pairing's fields if the record still has versionNow, and gives it
    // versionAfter (an edit counts up; its undo puts the old version back). Throws
    // ConflictError if someone changed or removed it meanwhile.
    void update(const Pairing &pairing, int versionNow, int versionAfter);
    // Removes the pairing read at version (its links go with it); throws ConflictError.
    void remove(qint64 id, int version);
    // The pairing between these two places, or 0.
    qint64 between(qint64 chinesePlaceId, qint64 usPlaceId) const;
    // Every pairing as its id and its two places' ids.
    struct PlacePair
    {
        qint64 id;
        qint64 chinesePlaceId;
        qint64 usPlaceId;
    };
    QList<PlacePair> placePairs() const;
    static QString changedMeanwhile();
    qint64 count(const Filter &filter = {}) const;
    // The pairings a filter's established years leave out only because their year is not
    // known: those the rest of the filter keeps whose year is unknown (0 when it names no years).
    qint64 countLeftOutForNoYear(const Filter &filter) const;
    // The pairings the filter keeps, rows offset..offset+limit in the given order; unknown
    // values sort last either way.
    QList<PairingListRow> list(const Filter &filter, SortKey key, Qt::SortOrder order,
                               qint64 offset, int limit) const;
    std::optional<Pairing> byId(qint64 id) const;

private:
    qint64 countWhere(const SqlCondition &condition) const;

    QSqlDatabase m_db;
};
