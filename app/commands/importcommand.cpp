// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/importcommand.h"

#include "app/io/columnmapping.h"
#include "app/io/datasetwriter.h"
#include "app/io/texttable.h"
#include "app/storage/database.h"
#include "app/storage/storageerror.h"
#include "app/storage/transaction.h"

#include <QCoreApplication>

#include <memory>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Commands", text);
}

// Reads the file's rows and plans their records: the outcome, what would be added, and the
// plan to write when there are no problems.
ImportCommand::Preview plan(const Database &database, ImportKind kind, const QByteArray &bytes,
                            const QString &fileName, const QHash<QString, QString> &columns,
                            const PairingRows::Progress &progress)
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
            fileColumns = ImportFormats::read(bytes, fileName)->header();
        const std::unique_ptr<TextTable> table = ImportFormats::read(
            bytes, fileName, ImportFormats::essential(kind),
            ColumnMapping::names(ImportFormats::fields(kind), fileColumns, columns));
        if (table->rowCount() == 0) {
            result.error = tr("%1 has a header but no rows.").arg(fileName);
            return result;
        }
        auto writer = std::make_shared<DatasetWriter>(database);
        writer->knowDatabase();
        result.outcome =
            ImportFormats::load(kind, *table, *writer, PairingRows::OnProblem::Collect, progress);
        result.added = writer->counts();
        if (result.outcome.problems.isEmpty())
            result.plan = writer;
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
                             const PairingRows::Progress &progress,
                             std::optional<Preview> previewed)
    : DatabaseCommand(database, notifier), m_kind(kind), m_bytes(bytes), m_fileName(fileName),
      m_columns(columns), m_progress(progress),
      m_previewed(previewed ? std::move(*previewed) : Preview())
{
    setText(kind == ImportKind::Pairings    ? tr("Import pairings from %1").arg(fileName)
            : kind == ImportKind::Exchanges ? tr("Import exchanges from %1").arg(fileName)
                                            : tr("Import places from %1").arg(fileName));
}

ImportCommand::Preview ImportCommand::preview(const Database &database, ImportKind kind,
                                              const QByteArray &bytes, const QString &fileName,
                                              const QHash<QString, QString> &columns,
                                              const PairingRows::Progress &progress)
{
    // Taken before anything is read: if it is the same when the import begins, nothing has
    // changed since and the plan holds.
    const QString stamp = database.changeStamp();
    // One state of the database throughout; nothing is written.
    Transaction reading(database, Transaction::Mode::Read);
    Preview result = plan(database, kind, bytes, fileName, columns, progress);
    result.stamp = stamp;
    return result;
}

void ImportCommand::forward()
{
    if (m_done) {
        m_added.restore(m_database);
        return;
    }
    const AddedRows::Marks marks = AddedRows::mark(m_database);
    // The preview's plan, unless the database has changed since; else the file is read again.
    Preview result = std::move(m_previewed);
    m_previewed = {};
    if (!result.plan || result.stamp != m_database.changeStamp())
        result = plan(m_database, m_kind, m_bytes, m_fileName, m_columns, m_progress);
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
    try {
        result.plan->write(m_progress);
    } catch (const PairingRows::Cancelled &) {
        throw StorageError(tr("Cancelled; nothing was written."));
    }
    m_progress = {}; // only the first run is watched
    m_added = AddedRows::capture(m_database, marks);
    m_done = true;
    m_bytes.clear(); // redo puts back the rows kept; the file need not stay on the undo stack
    const int n = result.outcome.written;
    if (m_kind == ImportKind::Pairings)
        setText(n == 1 ? tr("Import 1 pairing from %1").arg(m_fileName)
                       : tr("Import %1 pairings from %2").arg(n).arg(m_fileName));
    else if (m_kind == ImportKind::Exchanges)
        setText(n == 1 ? tr("Import 1 exchange from %1").arg(m_fileName)
                       : tr("Import %1 exchanges from %2").arg(n).arg(m_fileName));
    else
        setText(n == 1 ? tr("Import 1 place from %1").arg(m_fileName)
                       : tr("Import %1 places from %2").arg(n).arg(m_fileName));
}

void ImportCommand::backward()
{
    m_added.remove(m_database);
}
