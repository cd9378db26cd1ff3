// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/officialcount.h"
#include "app/io/editionchange.h"
#include "app/storage/heldrecords.h"

#include <QHash>
#include <QList>

class Database;
class EditionRows;

// A database set beside two editions of the shipped data: the one it holds (earlier) and a
// newer one. Each record of the newer edition is found in the database (by its id, or in a
// database made before ids by its names), then compared field by field three ways: what the
// earlier edition said, what the database holds, what the newer one says. A field the newer
// edition changed and nobody here did is filled in or corrected; one changed here too, to
// another value, is a conflict; one changed only here stays. Nothing is written.
struct EditionComparison
{
    EditionComparison(const Database &database, const EditionRows &earlier,
                      const EditionRows &edition);

    QList<EditionChange> changes; // pairings, then exchanges, then official totals
    // The records found in the database, by their id in the edition.
    QHash<QString, HeldRecords::HeldPairing> pairings;
    QHash<QString, HeldRecords::HeldExchange> exchanges;
    QHash<QString, OfficialCount> officialCounts;

private:
    void comparePairings(const Database &database, const EditionRows &earlier,
                         const EditionRows &edition);
    void compareExchanges(const Database &database, const EditionRows &earlier,
                          const EditionRows &edition);
    void compareOfficialCounts(const Database &database, const EditionRows &earlier,
                               const EditionRows &edition);
};
