// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/storage/rowsnapshot.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

class Database;

// Values an import fills in on records the database holds already (merging a file's row into
// the record it repeats): only where the record did not know them, each record given a new row
// version, and citations added. Kept as they were before, to be taken back exactly. The table
// and column names come from the import's code, never from a file; values are bound.
class FilledValues
{
public:
    // One record's values to fill in, read at version.
    struct Fill
    {
        QString table; // places, pairings or exchanges
        qint64 id = 0;
        int version = 0;
        QStringList columns;
        QVariantList values;
    };
    // A citation added to a record the database holds: (owner, source) in pairing_sources or
    // exchange_sources.
    struct Citation
    {
        QString table;
        qint64 ownerId = 0;
        qint64 sourceId = 0;
    };

    // Writes them, inside the caller's transaction (the sources cited being there); throws
    // ConflictError if a record is no longer at the version read.
    static FilledValues write(const Database &database, const QList<Fill> &fills,
                              const QList<Citation> &citations);
    // Puts back what the records held before and takes the citations away; throws
    // ConflictError, with nothing changed, if one of the records has been changed since.
    void takeBack(const Database &database) const;
    // Fills them in again (redo), the records being as takeBack left them.
    void putBack(const Database &database) const;
    bool isEmpty() const { return m_done.isEmpty() && m_citations.isEmpty(); }

private:
    struct Done
    {
        Fill fill;
        RowSnapshot before; // the whole row, with its version
        int versionAfter = 0;
    };
    QList<Done> m_done;
    QList<Citation> m_citations;
};
