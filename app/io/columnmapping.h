// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// Which column of a user's file holds which field Bridges reads ("Chinese city" for
// cn_name_en): guessed from the names, changed by the user in the import's preview, and given
// to the CSV reader as new names for the file's columns, so that every row keeps its line.
namespace ColumnMapping {

// For each field, the file's column of the same name, ignoring case, spaces, hyphens and
// underscores; fields without one are left out.
QHash<QString, QString> guess(const QStringList &fields, const QStringList &fileColumns);
// The names the file's columns are read by (file column -> name): a column mapped to a field
// takes the field's name; a column bearing the name of one of the fields but not mapped to it
// is set aside, so that a field is read from the column the user chose, or from none.
QHash<QString, QString> names(const QStringList &fields, const QStringList &fileColumns,
                              const QHash<QString, QString> &fieldToColumn);
// The columns chosen for more than one field (a column is read as one field only).
QStringList chosenTwice(const QHash<QString, QString> &fieldToColumn);

} // namespace ColumnMapping
