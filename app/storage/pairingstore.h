// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filter.h"
#include "app/domain/pairing.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

class Database;

// One row of the pairings list, as the list shows it.
struct PairingListRow
{
    qint64 id = 0;
    QString chineseNameEn;
    QString chineseNameZh;
    QString provinceEn; // the province, or the place itself for a province-level pairing
    QString provinceZh;
    QString usName;
    QString stateName;
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

    qint64 insert(const Pairing &pairing); // throws StorageError
    qint64 count(const Filter &filter = {}) const;
    // The pairings the filter keeps, rows offset..offset+limit in the given order; unknown
    // values sort last either way.
    QList<PairingListRow> list(const Filter &filter, SortKey key, Qt::SortOrder order,
                               qint64 offset, int limit) const;
    std::optional<Pairing> byId(qint64 id) const;

private:
    QSqlDatabase m_db;
};
