// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/commandbase.h"
#include "app/io/bundleddataset.h"
#include "app/io/importformats.h"
#include "app/storage/addedrows.h"

#include <QByteArray>

#include <memory>
#include <optional>

class DatasetWriter;

// Imports a file of pairings (the columns of the shipped pairings.csv) or of exchanges (those
// of events.csv) into the database in use, in one transaction: its records, the places pairings
// name that the database lacks, and their sources; an exchange is linked to the pairings of the
// places it names. Records the database holds already are left out. Refused whole if any row
// is wrong. Undone, every added row goes (refused if one has been changed or used since); done
// again, they come back with the same ids.
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

    // columns: the file's column for each field, or empty to read the file's own names.
    // previewed: the preview of this file with these columns, if there was one.
    ImportCommand(const Database &database, ChangeNotifier &notifier, ImportKind kind,
                  const QByteArray &bytes, const QString &fileName,
                  const QHash<QString, QString> &columns = {},
                  const PairingRows::Progress &progress = {},
                  std::optional<Preview> previewed = std::nullopt);

    static Preview preview(const Database &database, ImportKind kind, const QByteArray &bytes,
                           const QString &fileName, const QHash<QString, QString> &columns = {},
                           const PairingRows::Progress &progress = {});

protected:
    void forward() override;
    void backward() override;
    QList<qint64> changed() const override { return {}; }
    ChangeNotifier::Entity entity() const override { return ChangeNotifier::Everything; }

private:
    ImportKind m_kind;
    QByteArray m_bytes;
    QString m_fileName;
    QHash<QString, QString> m_columns;
    PairingRows::Progress m_progress;
    Preview m_previewed;
    bool m_done = false;
    AddedRows m_added;
};
