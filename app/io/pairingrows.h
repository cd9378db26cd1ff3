// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/io/dataerror.h"

#include <QList>
#include <QStringList>

#include <functional>

class TextTable;
class DatasetWriter;

// The rows of a pairings file, in the columns of the shipped pairings.csv (level, relation,
// cn_name_en, cn_name_zh, cn_province_en, cn_lat, cn_lon, us_name, us_state, us_lat, us_lon,
// established, source_url, note; status may follow), written through a DatasetWriter: each row
// a pairing, its two places found or made, its source cited.
namespace PairingRows {

// Every column of the shipped file, which holds them all.
QStringList requiredColumns();
// The columns without which a row says nothing: the level, the relation and the two places'
// names. An imported file may lack the others (their values are then unknown).
QStringList essentialColumns();

// Where a row of a record the database holds says otherwise than the database: shown, and the
// database's value is kept.
struct Difference
{
    int line = 0;
    QString field;
    QString inDatabase;
    QString inFile;
};

struct Outcome
{
    int written = 0;           // records written
    QList<int> duplicateLines; // rows of a record the database held already: not added
    QList<int> fillableLines;  // those of them that would fill in what the record lacks
    QList<Difference> differences;
    QList<DataError> problems; // rows that could not be written, each with line and field
};

// What became of a row: a record added, or a record the database holds, with or without
// something the row would fill in.
enum class Row { Added, Held, HeldFillable };

enum class OnProblem {
    Stop,   // throw the first problem (the shipped data: it must load whole)
    Collect // go on, and list every row's problem (an import's preview)
};

// Throws DataError with OnProblem::Stop; StorageError when the database refuses a write.
// Told, now and then, how many rows are done of how many; false cancels (Cancelled is thrown).
using Progress = std::function<bool(int done, int total)>;
struct Cancelled
{
};

Outcome load(const TextTable &table, DatasetWriter &writer, OnProblem onProblem,
             const Progress &progress = {});
// Writes each row of a file with write, and counts or collects as onProblem says: the loop
// every kind of file shares.
Outcome eachRow(const TextTable &table, OnProblem onProblem, const std::function<Row(int)> &write,
                const Progress &progress = {});

} // namespace PairingRows
