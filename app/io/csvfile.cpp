// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/csvfile.h"

#include "app/io/recordwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace CsvFile {

bool write(const QString &path, const QStringList &columns, const QList<QStringList> &rows,
           QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        RecordWriter writer(file, RecordWriter::Format::Csv, columns);
        for (const QStringList &row : rows)
            writer.write(row);
        writer.finish();
        if (file.commit())
            return true;
    }
    if (error) {
        *error = QCoreApplication::translate("CsvFile", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return false;
}

} // namespace CsvFile
