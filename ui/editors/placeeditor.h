// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/place.h"

#include <QDialog>

#include <memory>

class Commands;
class PlaceChoicesModel;
namespace Ui {
class PlaceEditor;
}

// The form for a new place in China or the United States, or a change to one: names, kind,
// the province or state it lies in, and coordinates if a source gives them. Rules are checked
// as the user types and shown under the field; Save stays disabled until none is broken.
// Saving is one undoable step, refused if someone changed the place meanwhile.
class PlaceEditor : public QDialog
{
    Q_OBJECT
public:
    // places: the country's places, whose provinces or states are offered as the parent.
    // place: the one to edit, or a new one (id 0) of place.countryCode and place.kind.
    PlaceEditor(Commands &commands, PlaceChoicesModel &places, const Place &place,
                QWidget *parent = nullptr);
    ~PlaceEditor() override;

    Place place() const; // as the form has it
    qint64 savedId() const { return m_savedId; }
    void accept() override;

private:
    void fill(const Place &place);
    void check();

    Commands &m_commands;
    Place m_read;
    QString m_shownLatitude; // as first shown, rounded
    QString m_shownLongitude;
    qint64 m_savedId = 0;
    std::unique_ptr<Ui::PlaceEditor> m_ui;
};
