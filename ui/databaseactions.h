// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QWidget;

// File > New Database… and File > Open…: the ways to another database file besides File >
// Open Recent. New asks first whether the new database starts from the data Bridges ships or
// empty, then where it goes (the file dialog asks before replacing a file); Open takes a
// database file that exists. Either hands the file on for the program to open in the window's
// place, as Open Recent does; one that cannot be opened is refused with the reason, and the
// window stays on its database.
class DatabaseActions : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseActions(QWidget *window);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }

signals:
    void openRequested(const QString &path);
    void newRequested(const QString &path, bool withShippedData);

private:
    void newDatabase();
    void openDatabase();

    QWidget *m_window;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
};
