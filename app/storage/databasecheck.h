// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/completeness.h"

#include <QList>
#include <QString>
#include <QStringList>

class Database;

// What `bridges check` reports of a database: whether SQLite finds the file sound, whether
// every reference points at a row, whether the search index agrees with the exchanges, and how
// many records there are, with the gaps the data has (unknown years, missing coordinates, and
// every gap the Completeness view counts).
struct DatabaseCheck
{
    QStringList integrityProblems; // empty: SQLite's integrity_check says ok
    int brokenReferences = 0;      // rows referring to a missing row
    QString searchIndexProblem;    // empty: the full-text index agrees with the exchanges
    qint64 places = 0;
    qint64 placesWithoutCoordinates = 0;
    qint64 pairings = 0;
    qint64 pairingsWithoutYear = 0;
    qint64 exchanges = 0;
    qint64 exchangesWithoutYear = 0;
    qint64 institutions = 0;
    qint64 sources = 0;
    QList<Completeness::Line> gaps; // of the pairings, as the Completeness view counts them

    bool sound() const
    {
        return integrityProblems.isEmpty() && brokenReferences == 0 && searchIndexProblem.isEmpty();
    }
    // Throws StorageError if the database cannot be read at all.
    static DatabaseCheck of(const Database &database);
};
