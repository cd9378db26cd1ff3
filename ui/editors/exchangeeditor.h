// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/exchange.h"

#include <QDialog>

#include <memory>

class Commands;
class RecordListModel;
namespace Ui {
class ExchangeEditor;
}

// The form for a new exchange or a change to one: title, dates, field, mode, location,
// participants and description, and what it is linked to: the pairings it belongs to (none for
// a multilateral event), the institutions taking part and the sources it rests on, each found
// by typing part of a name. New institutions and sources can be made from here. Rules are
// checked as the user types and shown under the field; Save stays disabled until none is
// broken. Saving goes through the commands, so it can be undone.
class ExchangeEditor : public QDialog
{
    Q_OBJECT
public:
    // The records to link to, and the places for a new institution.
    struct Choices
    {
        RecordListModel &pairings;
        RecordListModel &institutions;
        RecordListModel &sources;
        RecordListModel &places;
    };
    // exchange.id 0: a new exchange (with the links it starts with).
    ExchangeEditor(Commands &commands, const Choices &choices, const Exchange &exchange,
                   QWidget *parent = nullptr);
    ~ExchangeEditor() override;

    Exchange exchange() const; // as the form has it
    void accept() override;

private:
    void fill(const Exchange &exchange);
    void check();
    void newInstitution();
    void newSource();

    Commands &m_commands;
    Choices m_choices;
    Exchange m_read;
    std::unique_ptr<Ui::ExchangeEditor> m_ui;
};
