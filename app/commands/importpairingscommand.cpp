// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/importpairingscommand.h"

#include "app/io/columnmapping.h"
#include "app/io/csvreader.h"
#include "app/io/datasetwriter.h"
#include "app/storage/storageerror.h"
#include "app/storage/transaction.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Commands", text);
}

// Writes the file's rows (inside the caller's transaction); the outcome and what was added.
ImportPairingsCommand::Preview write(const Database &database, const QByteArray &bytes,
                                     const QString &fileName,
                                     const QHash<QString, QString> &columns)
{
    ImportPairingsCommand::Preview result;
    try {
        // The names the file's columns are read by, before the needed ones are looked for.
        QStringList fileColumns;
        if (!columns.isEmpty())
            fileColumns = CsvReader(bytes, fileName).header();
        const CsvReader csv(bytes, fileName, PairingRows::essentialColumns(),
                            ColumnMapping::names(fileColumns, columns));
        if (csv.rowCount() == 0) {
            result.error = tr("%1 has a header but no pairings.").arg(fileName);
            return result;
        }
        DatasetWriter writer(database);
        writer.knowDatabase();
        result.outcome = PairingRows::load(csv, writer, PairingRows::OnProblem::Collect);
        result.added = writer.counts();
    } catch (const DataError &e) {
        result.error = e.message();
    }
    return result;
}
} // namespace

ImportPairingsCommand::ImportPairingsCommand(const Database &database, ChangeNotifier &notifier,
                                             const QByteArray &bytes, const QString &fileName,
                                             const QHash<QString, QString> &columns)
    : DatabaseCommand(database, notifier), m_bytes(bytes), m_fileName(fileName), m_columns(columns)
{
    setText(tr("Import pairings from %1").arg(fileName));
}

ImportPairingsCommand::Preview
ImportPairingsCommand::preview(const Database &database, const QByteArray &bytes,
                               const QString &fileName, const QHash<QString, QString> &columns)
{
    Transaction transaction(database); // never committed: rolled back when it goes
    return write(database, bytes, fileName, columns);
}

void ImportPairingsCommand::forward()
{
    if (m_done) {
        m_added.restore(m_database);
        return;
    }
    const AddedRows::Marks marks = AddedRows::mark(m_database);
    const Preview result = write(m_database, m_bytes, m_fileName, m_columns);
    if (!result.error.isEmpty())
        throw StorageError(result.error);
    if (!result.outcome.problems.isEmpty()) {
        const int more = int(result.outcome.problems.size()) - 1;
        throw StorageError(
            more == 0
                ? tr("Nothing was imported: %1").arg(result.outcome.problems.first().message())
                : tr("Nothing was imported: %1 (and %2 more problems)")
                      .arg(result.outcome.problems.first().message())
                      .arg(more));
    }
    m_added = AddedRows::capture(m_database, marks);
    m_done = true;
    setText(result.outcome.pairings == 1
                ? tr("Import 1 pairing from %1").arg(m_fileName)
                : tr("Import %1 pairings from %2").arg(result.outcome.pairings).arg(m_fileName));
}

void ImportPairingsCommand::backward()
{
    m_added.remove(m_database);
}
