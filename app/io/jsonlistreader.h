// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/io/texttable.h"

#include <QByteArray>

// A JSON list of records read whole: an array of objects, each object a row and each key a
// column (as Bridges exports a list). A text is read as it is, a number as its shortest
// decimal form, true and false as words, null or a missing key as unknown. Each row keeps the
// line its object starts on.
class JsonListReader : public TextTable
{
public:
    // Throws DataError naming fileName and the line: for text that is not JSON, JSON that is
    // not a list of objects, a value that is a list or an object, an empty list, or a list
    // lacking one of requiredColumns. renamed: as for CsvReader.
    JsonListReader(const QByteArray &bytes, const QString &fileName,
                   const QStringList &requiredColumns = {},
                   const QHash<QString, QString> &renamed = {});
};
