// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/commands.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// Review…: what taking the newer edition of the shipped data would do to this database, before
// anything is written, as the import's preview does: the records it adds, the values it fills
// in and corrects, and where the user's own value differs from the edition's, field by field
// with both values and a choice each (the user's is kept unless they tick the edition's); the
// records of the earlier edition not found here, offered as new (added only if ticked); those
// deleted here (not brought back) and those added here already (left alone); and how records
// were found. Take Edition writes it as one step that Edit > Undo takes back. A role that may
// only read sees the review without the Take button.
class EditionReviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EditionReviewDialog(Commands &commands, QWidget *parent = nullptr);

    // Takes the edition with the choices made; on success the dialog closes, else it says why
    // and reads the database again.
    void accept() override;
    // What was taken, for the status bar, once accepted.
    QString takenSummary() const { return m_takenSummary; }

private:
    void read();
    void showSummary();
    EditionUpdate::Choices choices() const;
    QTreeWidgetItem *group(const QString &title, const QString &name);

    Commands &m_commands;
    Commands::EditionReview m_review;
    QLabel *m_summary;
    QTreeWidget *m_changes;
    QDialogButtonBox *m_buttons;
    QPushButton *m_take;
    QString m_takenSummary;
};
