// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/io/dataedition.h"

#include <QString>

class Database;

// Loads the dataset the program ships (resources/data: regions.csv, and the latest edition's
// pairings.csv, events.csv and official-counts.csv) into an empty database, in one
// transaction: it lands whole or not at all. Each pairing and exchange keeps its id in the
// edition as its origin, and the database records which edition it holds. Values the files
// leave empty stay unknown; nothing is filled in by guess.
class BundledDataset
{
public:
    struct Counts
    {
        int places = 0;
        int pairings = 0;
        int exchanges = 0;
        int sources = 0;
        int officialCounts = 0;
    };

    // Throws DataError (naming file, line and field) for a bad row, StorageError if the
    // database refuses a write. Either way nothing is written.
    static Counts load(Database &database);
    // The same from another edition (an older one, for tests of updating) or other files.
    static Counts load(Database &database, const DataEdition &edition,
                       const QString &regionsPath = regions());
    static QString regions() { return QStringLiteral(":/data/regions.csv"); }
};
