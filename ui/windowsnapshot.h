// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/recordkind.h"

#include <QByteArray>
#include <QPoint>
#include <QString>
#include <QVariant>

class QTableView;

// What the main window shows that its settings do not keep: the record chosen in each list and
// how far each list is scrolled, the widget with the keyboard focus, and the records dialog if
// it is open. Taken from a window about to go and given to the one made in its place on the
// same models and undo stack (another language chosen under View > Language), so that nothing
// the user was looking at moves. The settings carry the rest: size, splitters, columns and sort
// order, tabs, filters, docks and toolbars.
struct WindowSnapshot
{
    // A list: the id of the record chosen (null for none) and the scroll bars' positions.
    struct List
    {
        QVariant chosen;
        QPoint scrolled;
    };
    static List of(const QTableView &view);
    // Chooses the same record again and scrolls as far, reading as many rows as that needs. A
    // record no longer in the list (deleted meanwhile) is not chosen.
    static void showAgain(QTableView &view, const List &list);

    List pairings;
    List exchanges;
    QString focus; // the object name of the widget with the keyboard focus, if it has one
    // Edit > Places, Institutions and Sources…, while open: where, and the tab in view.
    bool recordsOpen = false;
    QByteArray recordsGeometry;
    RecordKind recordsKind = RecordKind::Place;
};
