// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/officialcount.h"
#include "app/io/dataedition.h"
#include "app/io/editionchange.h"
#include "app/storage/filledvalues.h"

#include <QHash>
#include <QList>

#include <memory>

class Database;
class DatasetWriter;

// Bringing a database up to a newer edition of the shipped data, without losing anyone's work:
// the records new in the edition are added (with their ids, so that the edition after can
// correct them), what nobody knew is filled in, what the edition corrects is corrected where
// nobody here changed it, and where someone did, their value stays unless they choose the
// edition's. Records deleted here are not brought back; records added here are not touched; a
// record that cannot be matched is offered as new, never merged by guess. A plan is made first
// and shown (the review, `update-data --dry-run`); writing it is the caller's one transaction.
class EditionUpdate
{
public:
    // What the user chose on the changes that offer a choice (EditionChange::key -> taken);
    // the others take their default.
    using Choices = QHash<QString, bool>;

    // Compares the database with the latest edition Bridges ships and plans what taking it
    // writes; nothing is written. Throws DataError (a shipped file) or StorageError.
    static EditionUpdate plan(const Database &database, const Choices &choices = {});
    // The same for another edition (tests).
    static EditionUpdate plan(const Database &database, const DataEdition &edition,
                              const Choices &choices);

    // The latest edition Bridges ships when the database holds an older one, else empty: a
    // quick look (one row read), before a plan is worth making.
    static QString toTake(const Database &database);

    // The edition the database holds, and the one the plan brings.
    const QString &from() const { return m_from; }
    const QString &to() const { return m_to; }
    // Whether the database holds an older edition than this one: otherwise there is nothing
    // to take (it holds this one, a newer one, or no shipped data).
    bool isNeeded() const { return m_needed; }
    const QList<EditionChange> &changes() const { return m_changes; }

    struct Counts
    {
        int pairings = 0;       // added
        int exchanges = 0;      // added
        int officialCounts = 0; // added
        int dates = 0;          // dates filled in (a pairing's established, an exchange's date)
        int filled = 0;         // other values filled in, and sources cited
        int corrected = 0;      // records corrected
        int conflicts = 0;      // values changed here that the edition gives otherwise
        int unmatched = 0;      // records of the earlier edition not found here
        int deleted = 0;        // shipped records deleted here, not brought back
        int yours = 0;          // records of the edition added here already
        int refused = 0;        // records that cannot be added
        int byNames = 0;        // records found by their names (a database without ids)
        int byId = 0;           // records found by their ids
    };
    // What the plan does with the choices made (conflicts counted whatever is chosen).
    Counts counts() const;
    // The same of changes whose choices a review has changed.
    static Counts countsOf(const QList<EditionChange> &changes);
    // What it does in a line: "Data edition 2026-12: 36 new pairings, 144 new exchanges, 5
    // official totals, 47 dates filled in, 120 other values filled in, 12 records corrected."
    static QString summary(const QString &edition, const Counts &counts);
    // The same without the edition: "36 new pairings, 144 new exchanges, …".
    static QString changesList(const Counts &counts);
    // Whether writing it changes the database at all.
    bool writesAnything() const;

    // Writes the plan inside the caller's transaction: the records added (found afterwards by
    // AddedRows), and the values filled in and corrected, returned to be taken back. Throws
    // StorageError, ConflictError when a record changed since the plan read it.
    FilledValues write(const Database &database);

private:
    void build(const Database &database, const class EditionRows &edition,
               const struct EditionComparison &comparison);

    int m_byNames = 0;
    int m_byId = 0;
    QString m_from;
    QString m_to;
    bool m_needed = false;
    QList<EditionChange> m_changes;
    std::shared_ptr<DatasetWriter> m_writer;
    QList<OfficialCount> m_newOfficialCounts;
    QList<FilledValues::Fill> m_fills;
    QList<FilledValues::Citation> m_citations;
};
