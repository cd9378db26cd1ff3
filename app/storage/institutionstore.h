// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/institution.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

class Database;

// Reads and writes institutions. All SQL about institutions lives here, with bound values only.
class InstitutionStore
{
public:
    explicit InstitutionStore(const Database &database);

    // Writes a new institution (with institution.id when it is not 0, to put one back) and
    // returns its id; throws StorageError.
    qint64 insert(const Institution &institution);
    // Writes every field if the record still has versionNow, giving it versionAfter; throws
    // ConflictError if someone changed or removed it meanwhile.
    void update(const Institution &institution, int versionNow, int versionAfter);
    static QString changedMeanwhile();
    std::optional<Institution> byId(qint64 id) const;
    // Every institution, by English name.
    QList<Institution> all() const;

private:
    QSqlDatabase m_db;
};
