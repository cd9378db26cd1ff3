// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/listexport.h"

#include "app/io/recordwriter.h"
#include "app/storage/exportrows.h"
#include "app/storage/storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace ListExport {

qint64 write(const Database &database, List list, Format format, const Filter &filter,
             const QString &path, const std::function<bool(qint64 rows)> &progress, QString *error)
{
    const auto cannotWrite = [&](const QString &reason) {
        *error = QCoreApplication::translate("ListExport", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), reason);
        return -1;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    const bool pairings = list == List::Pairings;
    RecordWriter writer(
        file, format == Format::Csv ? RecordWriter::Format::Csv : RecordWriter::Format::Json,
        pairings ? ExportRows::pairingColumns() : ExportRows::exchangeColumns(),
        {QStringLiteral("id"), QStringLiteral("cn_lat"), QStringLiteral("cn_lon"),
         QStringLiteral("us_lat"), QStringLiteral("us_lon")});
    bool cancelled = false;
    const auto row = [&](const QStringList &values) {
        writer.write(values);
        if (writer.rows() % 500 == 0 && progress && !progress(writer.rows()))
            cancelled = true;
        return !cancelled;
    };
    try {
        if (pairings)
            ExportRows::pairings(database, filter, row);
        else
            ExportRows::exchanges(database, filter, row);
    } catch (const StorageError &e) {
        file.cancelWriting();
        *error = e.message();
        return -1;
    }
    if (cancelled) {
        file.cancelWriting();
        error->clear();
        return -1;
    }
    writer.finish();
    if (!file.commit())
        return cannotWrite(file.errorString());
    return writer.rows();
}

} // namespace ListExport
