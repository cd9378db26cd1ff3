// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

// Which column of a user's file holds which field Bridges reads ("Chinese city" for
// cn_name_en): guessed from the names, changed by the user in the import's preview, and
// applied by renaming the columns in the file's header line, so every row keeps its line.
namespace ColumnMapping {

// For each field, the file's column of the same name, ignoring case, spaces, hyphens and
// underscores; fields without one are left out.
QHash<QString, QString> guess(const QStringList &fields, const QStringList &fileColumns);
// The file with its header line renamed: the column mapped to a field takes the field's name.
// The header must be the file's first line (no line break inside a quoted name).
QByteArray apply(const QByteArray &bytes, const QStringList &fileColumns, QChar delimiter,
                 const QHash<QString, QString> &fieldToColumn);

} // namespace ColumnMapping
