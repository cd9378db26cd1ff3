// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filterchoices.h"

#include <QSqlDatabase>

class Database;

// Counts, in the database, how many pairings and exchanges each filter value matches.
class FilterChoiceStore
{
public:
    explicit FilterChoiceStore(const Database &database);
    FilterChoices read() const; // throws StorageError

private:
    QList<FilterChoice> counted(const QString &sql) const;
    QList<FilterChoice> regions(const QString &country, const QString &placeColumn) const;
    QList<FilterChoice> gaps() const;
    QSqlDatabase m_db;
};
