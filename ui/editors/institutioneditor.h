// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/institution.h"

#include <QDialog>

#include <memory>

class Commands;
class RecordListModel;
namespace Ui {
class InstitutionEditor;
}

// The form for a new institution or a change to one: names, kind, the place it is in (found
// by typing part of its name) and its web address. Rules are checked as the user types and
// shown under the field; Save stays disabled until none is broken. Saving is one undoable
// step, refused if someone changed the institution meanwhile.
class InstitutionEditor : public QDialog
{
    Q_OBJECT
public:
    // places: every place, to choose where it is. institution: the one to edit, or id 0.
    InstitutionEditor(Commands &commands, RecordListModel &places, const Institution &institution,
                      QWidget *parent = nullptr);
    ~InstitutionEditor() override;

    Institution institution() const; // as the form has it
    qint64 savedId() const { return m_savedId; }
    void accept() override;

private:
    void fill(const Institution &institution);
    void check();

    Commands &m_commands;
    Institution m_read;
    qint64 m_savedId = 0;
    std::unique_ptr<Ui::InstitutionEditor> m_ui;
};
