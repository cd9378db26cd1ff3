// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/commandbase.h"
#include "app/io/bundleddataset.h"
#include "app/io/datasetwriter.h"
#include "app/io/importformats.h"
#include "app/storage/addedrows.h"
#include "app/storage/filledvalues.h"

#include <QByteArray>

#include <memory>
#include <optional>

// A file to import, and how.
struct ImportRequest
{
    ImportRequest(ImportKind kind, QByteArray bytes, QString fileName,
                  QHash<QString, QString> columns = {},
                  DatasetWriter::Duplicates duplicates = DatasetWriter::Duplicates::Skip)
        : kind(kind), bytes(std::move(bytes)), fileName(std::move(fileName)),
          columns(std::move(columns)), duplicates(duplicates)
    {}

    ImportKind kind = ImportKind::Pairings;
    QByteArray bytes;
    QString fileName;
    // The file's column for each field (ColumnMapping), or empty to read the file's own names.
    QHash<QString, QString> columns;
    // Rows of records the database holds: left out, or merged into them.
    DatasetWriter::Duplicates duplicates = DatasetWriter::Duplicates::Skip;

    friend bool operator==(const ImportRequest &a, const ImportRequest &b)
    {
        return a.kind == b.kind && a.fileName == b.fileName && a.columns == b.columns &&
               a.duplicates == b.duplicates && a.bytes == b.bytes;
    }
};

// Imports a file of pairings (the columns of the shipped pairings.csv), exchanges (those of
// events.csv) or places into the database in use, in one transaction: its records, the places
// pairings name that the database lacks, and their sources; an exchange is linked to the
// pairings of the places it names. Rows of records the database holds already are left out,
// or merged into them: what those records do not know is filled in. Refused whole if any row
// is wrong. Undone, every added row goes and every filled-in value is taken back (refused if
// one has been changed or used since); done again, they come back with the same ids.
class ImportCommand : public DatabaseCommand
{
public:
    // What the file holds and what would be added, nothing written: the preview.
    struct Preview
    {
        QString error; // the file as a whole cannot be read (not CSV, wrong columns)
        BundledDataset::Counts added;
        PairingRows::Outcome outcome;
        bool cancelled = false; // the user cancelled (error says so)
        // The records to write, when no row has a problem, and the database's change stamp
        // before it was read: the import writes them if the stamp is still the same.
        std::shared_ptr<DatasetWriter> plan;
        QString stamp;
    };

    // previewed: the preview of this request, if there was one.
    ImportCommand(const Database &database, ChangeNotifier &notifier, ImportRequest request,
                  const PairingRows::Progress &progress = {},
                  std::optional<Preview> previewed = std::nullopt);

    static Preview preview(const Database &database, const ImportRequest &request,
                           const PairingRows::Progress &progress = {});

protected:
    void forward() override;
    void backward() override;
    QList<qint64> changed() const override { return {}; }
    ChangeNotifier::Entity entity() const override { return ChangeNotifier::Everything; }

private:
    // The step's name once it is done: how many records it added and how many it filled in.
    QString nameOf(int added, int filled) const;

    ImportRequest m_request;
    PairingRows::Progress m_progress;
    Preview m_previewed;
    bool m_done = false;
    AddedRows m_added;
    FilledValues m_filled;
};
