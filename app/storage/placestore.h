// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/place.h"
#include "app/storage/rowbatch.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

class Database;

// Reads and writes places. All SQL about places lives here, with bound values only.
class PlaceStore
{
public:
    explicit PlaceStore(const Database &database);

    // Writes a new place (with place.id when it is not 0, to put one back) and returns its id;
    // throws StorageError.
    qint64 insert(const Place &place);
    // Writes many places at once, each with its id given (an import); throws StorageError.
    void insert(const QList<Place> &places, const RowBatch::Watch &watch = {});
    // Writes the place's names, kind, parent and coordinates if it still has versionNow,
    // giving it versionAfter; throws ConflictError if someone changed it meanwhile. Its
    // country and ISO code stay.
    void update(const Place &place, int versionNow, int versionAfter);
    std::optional<Place> byId(qint64 id) const;
    std::optional<Place> byRegionCode(const QString &regionCode) const;
    qint64 count() const;
    // Another place of this country and province or state (0: none) with this English name,
    // whatever its case; 0 if there is none.
    qint64 sameName(const Place &place) const;
    // The places of one country ("CN", "US"), by English name.
    QList<Place> inCountry(const QString &countryCode) const;

private:
    QSqlDatabase m_db;
};
