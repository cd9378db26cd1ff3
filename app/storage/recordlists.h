// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

class Database;

// The lists of places, institutions, sources and official totals (to look through, correct and
// delete), and of pairings (to link an exchange to): each row an id and its columns as text, in
// the order RecordListModel shows them. All SQL is fixed text.
namespace RecordLists {

enum class List { Places, Institutions, Sources, Pairings, OfficialCounts };

struct Row
{
    qint64 id = 0;
    QStringList columns;
};

// Throws StorageError.
QList<Row> read(const Database &database, List list);

} // namespace RecordLists
