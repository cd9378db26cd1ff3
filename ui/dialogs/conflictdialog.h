// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

// Someone else saved the record being edited here: both versions side by side, field by field
// where they differ, and the choice: keep theirs (nothing of this edit is saved), overwrite
// with mine (this edit wins, knowingly), or edit again (the form shows theirs with this edit's
// changes on top, to be looked over and saved). Never a silent overwrite.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { KeepTheirs, OverwriteWithMine, EditAgain };
    struct Row
    {
        QString field;
        QString theirs;
        QString mine;
    };
    ConflictDialog(const QString &what, const QList<Row> &rows, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // Closed without a choice (Esc): edit again, so that nothing typed is lost.
    void reject() override;

private:
    Choice m_choice = Choice::KeepTheirs;
};
