// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/importcommand.h"

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

// Reads the file's rows and plans their records; writes them (inside the caller's transaction)
// if write. The outcome and what was, or would be, added.
ImportCommand::Preview plan(const Database &database, ImportKind kind, const QByteArray &bytes,
                            const QString &fileName, const QHash<QString, QString> &columns,
                            const PairingRows::Progress &progress, bool write)
{
    ImportCommand::Preview result;
    try {
        // The names the file's columns are read by, before the needed ones are looked for.
        const QStringList twice = ColumnMapping::chosenTwice(columns);
        if (!twice.isEmpty()) {
            result.error = tr("The column “%1” is chosen for more than one field; a column can "
                              "be read as one field only.")
                               .arg(twice.first());
            return result;
        }
        QStringList fileColumns;
        if (!columns.isEmpty())
            fileColumns = CsvReader(bytes, fileName).header();
        const CsvReader csv(
            bytes, fileName, ImportFormats::essential(kind),
            ColumnMapping::names(ImportFormats::fields(kind), fileColumns, columns));
        if (csv.rowCount() == 0) {
            result.error = tr("%1 has a header but no rows.").arg(fileName);
            return result;
        }
        DatasetWriter writer(database);
        writer.knowDatabase();
        result.outcome =
            ImportFormats::load(kind, csv, writer, PairingRows::OnProblem::Collect, progress);
        result.added = writer.counts();
        if (write && result.outcome.problems.isEmpty())
            writer.write();
    } catch (const DataError &e) {
        result.error = e.message();
    } catch (const PairingRows::Cancelled &) {
        result.cancelled = true;
        result.error = tr("Cancelled; nothing was written.");
    }
    return result;
}
} // namespace

ImportCommand::ImportCommand(const Database &database, ChangeNotifier &notifier, ImportKind kind,
                             const QByteArray &bytes, const QString &fileName,
                             const QHash<QString, QString> &columns,
                             const PairingRows::Progress &progress)
    : DatabaseCommand(database, notifier), m_kind(kind), m_bytes(bytes), m_fileName(fileName),
      m_columns(columns), m_progress(progress)
{
    setText(kind == ImportKind::Pairings ? tr("Import pairings from %1").arg(fileName)
                                         : tr("Import exchanges from %1").arg(fileName));
}

ImportCommand::Preview ImportCommand::preview(const Database &database, ImportKind kind,
                                              const QByteArray &bytes, const QString &fileName,
                                              const QHash<QString, QString> &columns,
                                              const PairingRows::Progress &progress)
{
    // One state of the database throughout; nothing is written.
    Transaction reading(database, Transaction::Mode::Read);
    return plan(database, kind, bytes, fileName, columns, progress, false);
}

void ImportCommand::forward()
{
    if (m_done) {
        m_added.restore(m_database);
        return;
    }
    const AddedRows::Marks marks = AddedRows::mark(m_database);
    const Preview result =
        plan(m_database, m_kind, m_bytes, m_fileName, m_columns, m_progress, true);
    m_progress = {}; // only the first run is watched
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
    m_bytes.clear(); // redo puts back the rows kept; the file need not stay on the undo stack
    const int n = result.outcome.written;
    if (m_kind == ImportKind::Pairings)
        setText(n == 1 ? tr("Import 1 pairing from %1").arg(m_fileName)
                       : tr("Import %1 pairings from %2").arg(n).arg(m_fileName));
    else
        setText(n == 1 ? tr("Import 1 exchange from %1").arg(m_fileName)
                       : tr("Import %1 exchanges from %2").arg(n).arg(m_fileName));
}

void ImportCommand::backward()
{
    m_added.remove(m_database);
}
