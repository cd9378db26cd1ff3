// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/io/pairingrows.h"
#include "app/io/texttable.h"

#include <QHash>
#include <QStringList>

#include <memory>
class DatasetWriter;

// What an import reads: pairings in the columns of the shipped pairings.csv, exchanges in
// those of events.csv, or places (PlaceRows).
enum class ImportKind { Pairings, Exchanges, Places };

namespace ImportFormats {

// Every column read, in the order the import's preview lists them.
QStringList fields(ImportKind kind);
// The columns without which a row says nothing.
QStringList essential(ImportKind kind);
// A field's name for people ("Chinese place, latitude" for cn_lat); the field itself for one
// that is not read.
QString fieldName(ImportKind kind, const QString &field);
// The kind a file's header speaks of: a title column means exchanges; a level column,
// pairings; a country and a name_en column, places.
ImportKind guess(const QStringList &header);
// Whether the file is JSON (its text begins with "[" or "{") rather than CSV.
bool isJson(const QByteArray &bytes);
// The file's records as rows of text: a JSON list (JsonListReader) or a CSV file (CsvReader).
// Throws DataError; a CSV row whose quote is never closed is left unread, to be told with the
// rows' problems (TextTable::unreadRows()).
std::unique_ptr<TextTable> read(const QByteArray &bytes, const QString &fileName,
                                const QStringList &requiredColumns = {},
                                const QHash<QString, QString> &renamed = {});
PairingRows::Outcome load(ImportKind kind, const TextTable &table, DatasetWriter &writer,
                          PairingRows::OnProblem onProblem,
                          const PairingRows::Progress &progress = {});

} // namespace ImportFormats
