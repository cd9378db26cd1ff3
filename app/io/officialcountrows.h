// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/officialcount.h"

#include <QList>
#include <QStringList>

class TextTable;

// The rows of a file of official totals, in the columns of the shipped official-counts.csv
// (date, total, province_state, city, source_url, note): each row a total, its date as its
// origin. Throws DataError naming the file, line and column of a bad value.
namespace OfficialCountRows {

QStringList requiredColumns();
QList<OfficialCount> read(const TextTable &table);

} // namespace OfficialCountRows
