// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editors/exchangeeditor.h"

#include <QObject>

#include <functional>

class Commands;
class QAction;
class QWidget;
struct Workspace;

// The actions that change the records, for the menus, the toolbar, the lists' context menus
// and the keyboard: New, Edit and Delete Pairing (Insert, F2, Delete), Undo and Redo with the
// name of the step (Ctrl+Z, Ctrl+Shift+Z), and Refresh (F5) to see what another copy of the
// program saved. Every change goes through the commands; a refusal is shown to the user.
class EditActions : public QObject
{
    Q_OBJECT
public:
    // What the user has chosen in the lists (0 for none), and which list is in view.
    struct Choice
    {
        std::function<qint64()> pairing;
        std::function<qint64()> exchange;
        std::function<bool()> pairingsInView;
    };
    EditActions(Workspace &workspace, Commands &commands, Choice choice, QWidget *window);

    QAction *undo() const { return m_undo; }
    QAction *redo() const { return m_redo; }
    QAction *newPairing() const { return m_newPairing; }
    QAction *editPairing() const { return m_editPairing; }
    QAction *deletePairing() const { return m_deletePairing; }
    QAction *newExchange() const { return m_newExchange; }
    QAction *editExchange() const { return m_editExchange; }
    QAction *deleteExchange() const { return m_deleteExchange; }
    QAction *citeSource() const { return m_citeSource; }
    QAction *refresh() const { return m_refresh; }
    // Enables Edit and Delete for the record chosen in the list in view; Insert makes a record
    // of that list's kind.
    void updateEnabled();

signals:
    void pairingSaved(qint64 pairingId); // to show it chosen in the list
    void failed(const QString &message);

private:
    void addPairing();
    void changePairing();
    void removePairing();
    void addExchange();
    void changeExchange();
    void removeExchange();
    ExchangeEditor::Choices exchangeChoices() const;
    void addSource();

    Workspace &m_workspace;
    Commands &m_commands;
    Choice m_choice;
    QWidget *m_window;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_newPairing;
    QAction *m_editPairing;
    QAction *m_deletePairing;
    QAction *m_newExchange;
    QAction *m_editExchange;
    QAction *m_deleteExchange;
    QAction *m_citeSource;
    QAction *m_refresh;
};
