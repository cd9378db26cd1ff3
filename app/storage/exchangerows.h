// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/storage/rowsnapshot.h"

class Database;

// One exchange's rows exactly as they are: the exchange and its links to pairings, places,
// institutions and sources, to be put back after a deletion with the same ids and version.
class ExchangeRows
{
public:
    static ExchangeRows capture(const Database &database, qint64 exchangeId);
    void restore(const Database &database) const; // throws StorageError

private:
    QList<RowSnapshot> m_tables; // the exchange first, then what points at it
};
