// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/pairing.h"

#include <QDialog>

#include <memory>

class Commands;
class PlaceChoicesModel;
class QLabel;
namespace Ui {
class PairingEditor;
}

// The form for a new pairing or a change to one: its two places (type a few letters of either
// name to find one), relation, level, date established, status and notes. Every rule is checked
// as the user types and shown in plain words under its field; Save stays disabled until none
// is broken. Saving goes through the commands, so it can be undone; a refusal (someone else
// changed the pairing meanwhile) is shown and the form stays open. A place not in the lists
// yet is made from the form (New…), and a place's names or coordinates corrected (Edit…),
// each as a step of its own.
class PairingEditor : public QDialog
{
    Q_OBJECT
public:
    // pairing.id 0: a new pairing.
    PairingEditor(Commands &commands, PlaceChoicesModel &chinesePlaces, PlaceChoicesModel &usPlaces,
                  const Pairing &pairing, QWidget *parent = nullptr);
    ~PairingEditor() override;

    Pairing pairing() const; // as the form has it
    qint64 savedId() const { return m_savedId; }

    void accept() override;

private:
    void check();
    // A new place (placeId 0) or a change to the chosen one, then chosen in its box.
    void openPlace(PlaceChoicesModel &places, const QString &countryCode, qint64 placeId);
    qint64 placeIdOf(int box) const;
    void fill(const Pairing &pairing);

    Commands &m_commands;
    Pairing m_read;
    qint64 m_savedId = 0;
    std::unique_ptr<Ui::PairingEditor> m_ui;
};
