// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/storage/rowsnapshot.h"

#include <QList>

class Database;

// The places, pairings, sources, exchanges and official totals one step (an import, a data
// edition taken) added, with the links of the
// added pairings and exchanges: found by their ids being above the highest each table held
// before (ids are never given twice), kept row by row to be taken away and put back exactly.
class AddedRows
{
public:
    // The highest ids before the step.
    struct Marks
    {
        qint64 places = 0;
        qint64 pairings = 0;
        qint64 sources = 0;
        qint64 exchanges = 0;
        qint64 officialCounts = 0;
    };
    static Marks mark(const Database &database);
    // What was added since the marks (which ids, and their versions), inside the same
    // transaction as the step.
    static AddedRows capture(const Database &database, const Marks &marks);

    // Takes the rows away, keeping them as they were to be put back; throws ConflictError,
    // with nothing changed, if someone has changed one of them since or made other records
    // refer to them.
    void remove(const Database &database);
    // Puts them back as they were (redo).
    void restore(const Database &database) const;

private:
    struct Table
    {
        QString name;
        // The ids added run from first to last (none: 1 to 0): a step holds the write lock.
        qint64 first = 1;
        qint64 last = 0;
        qint64 count = 0;
        // The sum of their row versions as added. An edit gives a row a version higher than
        // any before, and undoing it puts back the version with the content, so the sum is the
        // same only while every row is as it was added.
        qint64 versions = 0;
        RowSnapshot rows; // taken when they are removed
    };
    // places, sources, pairings, exchanges, official_counts: the order they go back in
    QList<Table> m_tables;
    QList<RowSnapshot> m_links; // of the added pairings and exchanges
};
