// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A table of text written to a CSV file (RFC 4180, UTF-8, as RecordWriter writes it): the
// numbers behind a chart. Written whole or not at all: a failure leaves any file of that name
// as it was.
namespace CsvFile {

// On failure returns false and says why, naming the file.
bool write(const QString &path, const QStringList &columns, const QList<QStringList> &rows,
           QString *error);

} // namespace CsvFile
