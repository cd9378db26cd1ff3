// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/importcommand.h"

#include "app/io/columnmapping.h"
#include "app/io/datasetwriter.h"
#include "app/io/texttable.h"
#include "app/storage/database.h"
#include "app/storage/storageerror.h"
#include "app/storage/transaction.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ImportCommand", text);
}

// Reads the file's rows and plans their records: the outcome, what would be added, and the
// plan to write when there are no problems.
ImportCommand::Preview plan(const Database &database, const ImportRequest &request,
                            const PairingRows::Progress &progress)
{
    const ImportKind kind = request.kind;
    const QByteArray &bytes = request.bytes;
    const QString &fileName = request.fileName;
    const QHash<QString, QString> &columns = request.columns;
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
        if (table->rowCount() == 0 && table->unreadRows().isEmpty()) {
            result.error = tr("%1 has a header but no rows.").arg(fileName);
            return result;
        }
        auto writer = std::make_shared<DatasetWriter>(database);
        writer->knowDatabase();
        writer->setDuplicates(request.duplicates);
        result.outcome =
            ImportFormats::load(kind, *table, *writer, PairingRows::OnProblem::Collect, progress);
        // The rows that could not be read at all stand among the others' problems, by line.
        QList<DataError> &problems = result.outcome.problems;
        problems << table->unreadRows();
        std::stable_sort(
            problems.begin(), problems.end(),
            [](const DataError &a, const DataError &b) { return a.line() < b.line(); });
        result.added = writer->counts();
        result.outcome.differences = writer->differences();
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

ImportCommand::ImportCommand(const Database &database, ChangeNotifier &notifier,
                             ImportRequest request, const PairingRows::Progress &progress,
                             std::optional<Preview> previewed)
    : DatabaseCommand(database, notifier), m_request(std::move(request)), m_progress(progress),
      m_previewed(previewed ? std::move(*previewed) : Preview())
{
    setName([this] {
        const QString &file = m_request.fileName;
        return m_request.kind == ImportKind::Pairings    ? tr("Import pairings from %1").arg(file)
               : m_request.kind == ImportKind::Exchanges ? tr("Import exchanges from %1").arg(file)
                                                         : tr("Import places from %1").arg(file);
    });
}

ImportCommand::Preview ImportCommand::preview(const Database &database,
                                              const ImportRequest &request,
                                              const PairingRows::Progress &progress)
{
    // Taken before anything is read: if it is the same when the import begins, nothing has
    // changed since and the plan holds.
    const QString stamp = database.changeStamp();
    // One state of the database throughout; nothing is written.
    Transaction reading(database, Transaction::Mode::Read);
    Preview result = plan(database, request, progress);
    result.stamp = stamp;
    return result;
}

void ImportCommand::forward()
{
    if (m_done) {
        m_added.restore(m_database);
        m_filled.putBack(m_database);
        return;
    }
    const AddedRows::Marks marks = AddedRows::mark(m_database);
    // The preview's plan, unless the database has changed since; else the file is read again.
    Preview result = std::move(m_previewed);
    m_previewed = {};
    if (!result.plan || result.stamp != m_database.changeStamp())
        result = plan(m_database, m_request, m_progress);
    if (!result.error.isEmpty())
        throw StorageError(result.error);
    if (!result.outcome.problems.isEmpty()) {
        const int more = int(result.outcome.problems.size()) - 1;
        throw StorageError(
            more == 0
                ? tr("Nothing was imported: %1").arg(result.outcome.problems.first().message())
                : tr("Nothing was imported: %1 (and %2 more problems)")
                      .arg(result.outcome.problems.first().message(), QString::number(more)));
    }
    try {
        m_filled = result.plan->write(m_progress);
    } catch (const PairingRows::Cancelled &) {
        throw StorageError(tr("Cancelled; nothing was written."));
    }
    m_progress = {}; // only the first run is watched
    m_added = AddedRows::capture(m_database, marks);
    m_done = true;
    // Redo puts back the rows kept; the file need not stay on the undo stack.
    m_request.bytes.clear();
    const bool merged = m_request.duplicates == DatasetWriter::Duplicates::Merge;
    const int added = result.outcome.written;
    const int filled = merged ? result.plan->filledRecords() : 0;
    setName([this, added, filled] { return nameOf(added, filled); });
}

QString ImportCommand::nameOf(int added, int filled) const
{
    const QString &file = m_request.fileName;
    if (added == 0 && filled > 0) {
        return filled == 1 ? tr("Fill in 1 record held already from %1").arg(file)
                           : tr("Fill in %1 records held already from %2").arg(filled).arg(file);
    }
    QString text;
    if (m_request.kind == ImportKind::Pairings)
        text = added == 1 ? tr("Import 1 pairing from %1").arg(file)
                          : tr("Import %1 pairings from %2").arg(added).arg(file);
    else if (m_request.kind == ImportKind::Exchanges)
        text = added == 1 ? tr("Import 1 exchange from %1").arg(file)
                          : tr("Import %1 exchanges from %2").arg(added).arg(file);
    else
        text = added == 1 ? tr("Import 1 place from %1").arg(file)
                          : tr("Import %1 places from %2").arg(added).arg(file);
    if (filled > 0)
        text =
            filled == 1
                ? tr("%1, filling in 1 record held already").arg(text)
                : tr("%1, filling in %2 records held already").arg(text, QString::number(filled));
    return text;
}

void ImportCommand::backward()
{
    // The citations filled in go first: they may name sources the import added.
    m_filled.takeBack(m_database);
    m_added.remove(m_database);
}
