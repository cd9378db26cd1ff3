// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/officialcount.h"
#include "app/domain/officialcountrules.h"

#include <QDialog>

#include <memory>

class Commands;
namespace Ui {
class OfficialCountEditor;
}

// The form for an official total, new or corrected: the date it was reported (a year, a month
// or a day), the total, its split into province/state and city pairs where known, the page
// that says so and notes. What is wrong is said under the field as the user types; Save stays
// disabled until nothing is. Saving is one undoable step, refused if someone changed the total
// meanwhile.
class OfficialCountEditor : public QDialog
{
    Q_OBJECT
public:
    // count: the one to edit, as read; or a new one (id 0).
    OfficialCountEditor(Commands &commands, const OfficialCount &count, QWidget *parent = nullptr);
    ~OfficialCountEditor() override;

    OfficialCount officialCount() const; // as the form has it
    qint64 savedId() const { return m_savedId; }
    void accept() override;

private:
    void fill(const OfficialCount &count);
    OfficialCountRules::Typed typed() const;
    void check();

    Commands &m_commands;
    OfficialCount m_read;
    qint64 m_savedId = 0;
    std::unique_ptr<Ui::OfficialCountEditor> m_ui;
};
