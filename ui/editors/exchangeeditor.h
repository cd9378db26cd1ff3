// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/exchange.h"

#include <QDialog>

#include <memory>

class Commands;
namespace Ui {
class ExchangeEditor;
}

// The form for a new exchange or a change to one: title, dates, field, mode, location,
// participants and description. A new exchange belongs to the pairing chosen in the pairings
// list, or to none (a multilateral event); the form says which. Rules are checked as the user
// types and shown under the field; Save stays disabled until none is broken. Saving goes
// through the commands, so it can be undone.
class ExchangeEditor : public QDialog
{
    Q_OBJECT
public:
    // exchange.id 0: a new exchange, for pairingId (0: none) named pairingName.
    ExchangeEditor(Commands &commands, const Exchange &exchange, qint64 pairingId,
                   const QString &pairingName, QWidget *parent = nullptr);
    ~ExchangeEditor() override;

    Exchange exchange() const; // as the form has it
    void accept() override;

private:
    void check();

    Commands &m_commands;
    Exchange m_read;
    qint64 m_pairingId;
    std::unique_ptr<Ui::ExchangeEditor> m_ui;
};
