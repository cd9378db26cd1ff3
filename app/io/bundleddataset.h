// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class Database;

// Loads the dataset the program ships (resources/data: regions.csv, pairings.csv, events.csv)
// into an empty database, in one transaction: it lands whole or not at all. Values the files
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
    };

    // Throws DataError (naming file, line and field) for a bad row, StorageError if the
    // database refuses a write. Either way nothing is written.
    static Counts load(Database &database);
    // The same from other files, for tests and for checking a changed dataset.
    static Counts load(Database &database, const QString &regionsPath, const QString &pairingsPath,
                       const QString &eventsPath);
};
