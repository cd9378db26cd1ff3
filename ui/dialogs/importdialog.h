// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/commands.h"
#include "app/io/importformats.h"

#include <QByteArray>
#include <QDialog>
#include <QHash>
#include <QStringList>

class QProgressDialog;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

// File > Import…: a file of pairings, exchanges or places (told by its header, changeable)
// looked at before anything is written. For each field Bridges reads, the file's column it
// comes from (matched by name, changeable); then what the import would add, the lines of
// records already in the database (left out, or merged into them if the user chooses), every
// problem with its line, field and reason, and where the file differs from the database.
// Import stays disabled while there is a problem; the import is one step, undone with
// Edit > Undo.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Commands &commands, const QByteArray &bytes, const QString &fileName,
                 QWidget *parent = nullptr);

    ~ImportDialog() override;
    void accept() override;

private:
    void showFields(); // the mapping table for the kind chosen
    void refresh();
    QHash<QString, QString> mapping() const; // field -> the file's column
    ImportRequest request() const;
    Commands::Progress watch(QProgressDialog &progress);

    Commands &m_commands;
    QByteArray m_bytes;
    QString m_fileName;
    QStringList m_fileColumns;
    QString m_unreadable; // why the file cannot be read at all
    QStringList m_fields;
    ImportKind m_kind = ImportKind::Pairings;
    QComboBox *m_kindBox;
    QTableWidget *m_mapping;
    QLabel *m_summary;
    QTableWidget *m_problems;
    QCheckBox *m_merge;
    QLabel *m_differencesLabel;
    QTableWidget *m_differences;
    QDialogButtonBox *m_buttons;
};
