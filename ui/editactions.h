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
// program saved. Edit and Delete name the record they act on ("Delete Pairing Nanjing – St.
// Louis…"); F2 and Delete act on the list or table that has the focus. Every change goes
// through the commands; a refusal is shown to the user.
class EditActions : public QObject
{
    Q_OBJECT
public:
    // A record the user has chosen (id 0 for none), with the name the actions give it.
    struct Chosen
    {
        qint64 id = 0;
        QString name;
    };
    // The pairing chosen in the pairings list, the exchange chosen in the exchanges list or in
    // the chosen pairing's table of exchanges, and which list is in view.
    struct Choice
    {
        std::function<Chosen()> pairing;
        std::function<Chosen()> exchange;
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
    // Enables Edit and Delete for the records chosen, naming them; Insert makes a record of the
    // kind of the list in view.
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
