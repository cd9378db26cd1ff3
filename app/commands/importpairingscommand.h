// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/commandbase.h"
#include "app/io/bundleddataset.h"
#include "app/io/pairingrows.h"
#include "app/storage/addedrows.h"

#include <QByteArray>

// Imports a pairings file (the columns of the shipped pairings.csv) into the database in use,
// in one transaction: its pairings, the places they name that the database lacks, and their
// sources. Pairings the database holds already are left out. Refused whole if any row is
// wrong. Undone, every added row goes (refused if one has been changed or used since); done
// again, they come back with the same ids.
class ImportPairingsCommand : public DatabaseCommand
{
public:
    // columns: the file's column for each field, or empty to read the file's own names.
    ImportPairingsCommand(const Database &database, ChangeNotifier &notifier,
                          const QByteArray &bytes, const QString &fileName,
                          const QHash<QString, QString> &columns = {});

    // What the file holds, written in a transaction that is then rolled back: the preview.
    struct Preview
    {
        QString error; // the file as a whole cannot be read (not CSV, wrong columns)
        BundledDataset::Counts added;
        PairingRows::Outcome outcome;
    };
    static Preview preview(const Database &database, const QByteArray &bytes,
                           const QString &fileName, const QHash<QString, QString> &columns = {});

protected:
    void forward() override;
    void backward() override;
    QList<qint64> changed() const override { return {}; }
    ChangeNotifier::Entity entity() const override { return ChangeNotifier::Everything; }

private:
    QByteArray m_bytes;
    QString m_fileName;
    QHash<QString, QString> m_columns;
    bool m_done = false;
    AddedRows m_added;
};
