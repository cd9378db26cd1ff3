// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editactions.h"

#include "app/commands/commands.h"
#include "app/models/workspace.h"
#include "ui/editors/exchangeeditor.h"
#include "ui/editors/pairingeditor.h"
#include "ui/editors/sourceeditor.h"

#include <QAction>
#include <QMessageBox>

EditActions::EditActions(Workspace &workspace, Commands &commands, Choice choice, QWidget *window)
    : QObject(window), m_workspace(workspace), m_commands(commands), m_choice(std::move(choice)),
      m_window(window), m_undo(new QAction(tr("&Undo"), this)),
      m_redo(new QAction(tr("&Redo"), this)), m_newPairing(new QAction(tr("&New Pairing…"), this)),
      m_editPairing(new QAction(tr("&Edit Pairing…"), this)),
      m_deletePairing(new QAction(tr("&Delete Pairing…"), this)),
      m_newExchange(new QAction(tr("New E&xchange…"), this)),
      m_editExchange(new QAction(tr("Edit Exc&hange…"), this)),
      m_deleteExchange(new QAction(tr("Delete Exchan&ge…"), this)),
      m_citeSource(new QAction(tr("C&ite a Source…"), this)),
      m_refresh(new QAction(tr("Re&fresh"), this))
{
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_newPairing->setObjectName(QStringLiteral("newPairingAction"));
    m_editPairing->setObjectName(QStringLiteral("editPairingAction"));
    m_deletePairing->setObjectName(QStringLiteral("deletePairingAction"));
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_newExchange->setObjectName(QStringLiteral("newExchangeAction"));
    m_editExchange->setObjectName(QStringLiteral("editExchangeAction"));
    m_deleteExchange->setObjectName(QStringLiteral("deleteExchangeAction"));
    m_editExchange->setShortcut(QKeySequence(Qt::Key_F2));
    m_deleteExchange->setShortcut(QKeySequence::Delete);
    // The toolbar keeps short names; the menus name the record too.
    m_editPairing->setIconText(tr("Edit Pairing"));
    m_deletePairing->setIconText(tr("Delete Pairing"));
    m_editExchange->setIconText(tr("Edit Exchange"));
    m_deleteExchange->setIconText(tr("Delete Exchange"));
    m_citeSource->setObjectName(QStringLiteral("citeSourceAction"));
    // Insert, F2 and Delete belong to the lists and tables the actions are added to: elsewhere
    // (the search box) they keep their own meaning. The menus still offer the actions.
    for (QAction *action : {m_newPairing, m_editPairing, m_deletePairing, m_newExchange,
                            m_editExchange, m_deleteExchange})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_citeSource->setToolTip(tr("Cite the page a pairing or exchange rests on"));
    m_undo->setShortcut(QKeySequence::Undo);
    // The platform's Redo keys, and Ctrl+Shift+Z where the platform has another.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(tr("Ctrl+Shift+Z"))))
        redoKeys << QKeySequence(tr("Ctrl+Shift+Z"));
    m_redo->setShortcuts(redoKeys);
    m_newPairing->setShortcut(QKeySequence(Qt::Key_Insert));
    m_editPairing->setShortcut(QKeySequence(Qt::Key_F2));
    m_deletePairing->setShortcut(QKeySequence::Delete);
    // F5 everywhere (the messages name it), and the platform's own Refresh keys.
    QList<QKeySequence> refreshKeys{QKeySequence(Qt::Key_F5)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Refresh)) {
        if (!refreshKeys.contains(key))
            refreshKeys << key;
    }
    m_refresh->setShortcuts(refreshKeys);
    m_refresh->setToolTip(tr("Read the records again, with what other copies of Bridges saved"));

    const QUndoStack *stack = commands.stack();
    auto named = [](QAction *action, const QString &plain, const QString &withStep) {
        return [action, plain, withStep](const QString &step) {
            action->setText(step.isEmpty() ? plain : withStep.arg(step));
        };
    };
    const auto undoNamed = named(m_undo, tr("&Undo"), tr("&Undo %1"));
    const auto redoNamed = named(m_redo, tr("&Redo"), tr("&Redo %1"));
    connect(stack, &QUndoStack::undoTextChanged, this, undoNamed);
    connect(stack, &QUndoStack::redoTextChanged, this, redoNamed);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    // The stack may hold steps already: a window made again in another language undoes the
    // steps taken in the one before.
    undoNamed(stack->undoText());
    redoNamed(stack->redoText());
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());

    auto report = [this](bool (Commands::*step)(QString *)) {
        return [this, step] {
            QString error;
            if (!(m_commands.*step)(&error) && !error.isEmpty())
                emit failed(error);
        };
    };
    connect(m_undo, &QAction::triggered, this, report(&Commands::undo));
    connect(m_redo, &QAction::triggered, this, report(&Commands::redo));
    connect(&commands, &Commands::failed, this, &EditActions::failed);
    connect(m_newPairing, &QAction::triggered, this, &EditActions::addPairing);
    connect(m_editPairing, &QAction::triggered, this, &EditActions::changePairing);
    connect(m_deletePairing, &QAction::triggered, this, &EditActions::removePairing);
    connect(m_newExchange, &QAction::triggered, this, &EditActions::addExchange);
    connect(m_editExchange, &QAction::triggered, this, &EditActions::changeExchange);
    connect(m_deleteExchange, &QAction::triggered, this, &EditActions::removeExchange);
    connect(m_citeSource, &QAction::triggered, this, &EditActions::addSource);
    connect(m_refresh, &QAction::triggered, this,
            [this] { m_workspace.notifier.announce(ChangeNotifier::Everything); });
}

void EditActions::updateEnabled()
{
    // F2 and Delete act on the list or table with the focus (each action's keys belong to the
    // widgets it is added to); Insert, on the list in view: only one New action owns it.
    // A database that may only be read: nothing that changes it is offered.
    const bool writable = !m_commands.isReadOnly();
    const bool pairings = m_choice.pairingsInView();
    const Chosen pairing = pairings ? m_choice.pairing() : Chosen();
    const Chosen exchange = m_choice.exchange();
    m_newPairing->setEnabled(writable);
    m_newExchange->setEnabled(writable);
    m_editPairing->setEnabled(writable && pairing.id != 0);
    m_deletePairing->setEnabled(writable && pairing.id != 0);
    m_editExchange->setEnabled(writable && exchange.id != 0);
    m_deleteExchange->setEnabled(writable && exchange.id != 0);
    // "&" in a name is a letter of the name, not a key.
    const auto named = [](QAction *action, const Chosen &chosen, const QString &plain,
                          const QString &withName) {
        QString name = chosen.name;
        action->setText(name.isEmpty()
                            ? plain
                            : withName.arg(name.replace(QLatin1Char('&'), QStringLiteral("&&"))));
    };
    named(m_editPairing, pairing, tr("&Edit Pairing…"), tr("&Edit Pairing %1…"));
    named(m_deletePairing, pairing, tr("&Delete Pairing…"), tr("&Delete Pairing %1…"));
    named(m_editExchange, exchange, tr("Edit Exc&hange…"), tr("Edit Exc&hange “%1”…"));
    named(m_deleteExchange, exchange, tr("Delete Exchan&ge…"), tr("Delete Exchan&ge “%1”…"));
    m_citeSource->setEnabled(writable && (pairings ? pairing.id != 0 : exchange.id != 0));
    m_newPairing->setShortcut(pairings ? QKeySequence(Qt::Key_Insert) : QKeySequence());
    m_newExchange->setShortcut(pairings ? QKeySequence() : QKeySequence(Qt::Key_Insert));
}

void EditActions::addPairing()
{
    PairingEditor editor(m_commands, m_workspace.chinesePlaces, m_workspace.usPlaces, Pairing(),
                         m_window);
    if (editor.exec() == QDialog::Accepted)
        emit pairingSaved(editor.savedId());
}

void EditActions::changePairing()
{
    const qint64 id = m_choice.pairing().id;
    m_workspace.pairingDetail.showPairing(id); // read afresh: its version is the one edited
    if (!m_workspace.pairingDetail.hasPairing())
        return;
    PairingEditor editor(m_commands, m_workspace.chinesePlaces, m_workspace.usPlaces,
                         m_workspace.pairingDetail.detail().pairing, m_window);
    if (editor.exec() == QDialog::Accepted)
        emit pairingSaved(editor.savedId());
}

void EditActions::removePairing()
{
    const Commands::Deletion deletion = m_commands.deletionOf(m_choice.pairing().id);
    if (!deletion.exists) {
        if (!deletion.error.isEmpty())
            emit failed(deletion.error);
        return;
    }
    QString question = tr("Delete the pairing %1?").arg(deletion.name);
    if (deletion.ownExchanges > 0) {
        question += QLatin1Char(' ') +
                    (deletion.ownExchanges == 1
                         ? tr("Its exchange, which belongs to no other pairing, goes with it.")
                         : tr("Its %1 exchanges, which belong to no other pairing, go with it.")
                               .arg(deletion.ownExchanges));
    }
    if (deletion.sharedExchanges > 0) {
        question +=
            QLatin1Char(' ') + (deletion.sharedExchanges == 1
                                    ? tr("One exchange it shares with another pairing stays.")
                                    : tr("%1 exchanges it shares with other pairings stay.")
                                          .arg(deletion.sharedExchanges));
    }
    question += QLatin1Char(' ') + tr("Undo (Ctrl+Z) brings everything back.");
    if (QMessageBox::question(m_window, tr("Delete Pairing"), question,
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    QString error;
    if (!m_commands.deletePairing(deletion, &error))
        emit failed(error);
}

void EditActions::addExchange()
{
    // A new exchange starts linked to the pairing chosen in the pairings list, while that list
    // is in view; from the exchanges list, to none. The form can change either.
    Exchange exchange;
    const qint64 pairing = m_choice.pairingsInView() ? m_choice.pairing().id : 0;
    if (pairing)
        exchange.pairingIds = {pairing};
    ExchangeEditor editor(m_commands, exchangeChoices(), exchange, m_window);
    editor.exec();
}

void EditActions::changeExchange()
{
    m_workspace.exchangeDetail.showExchange(m_choice.exchange().id); // its version now
    if (!m_workspace.exchangeDetail.hasExchange())
        return;
    ExchangeEditor editor(m_commands, exchangeChoices(),
                          m_workspace.exchangeDetail.detail().exchange, m_window);
    editor.exec();
}

void EditActions::removeExchange()
{
    m_workspace.exchangeDetail.showExchange(m_choice.exchange().id);
    if (!m_workspace.exchangeDetail.hasExchange())
        return;
    const Exchange exchange = m_workspace.exchangeDetail.detail().exchange;
    if (QMessageBox::question(
            m_window, tr("Delete Exchange"),
            tr("Delete the exchange “%1”? Undo (Ctrl+Z) brings it back.").arg(exchange.title),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    QString error;
    if (!m_commands.deleteExchange(exchange, &error))
        emit failed(error);
}

// For the pairing or exchange chosen in the list in view.
void EditActions::addSource()
{
    SourceEditor::Cite cite;
    QString citedFor;
    if (m_choice.pairingsInView()) {
        const qint64 pairing = m_choice.pairing().id;
        const PairingDetail &detail = m_workspace.pairingDetail.detail();
        citedFor = tr("%1 – %2").arg(detail.chinesePlace.nameEn, detail.usPlace.nameEn);
        cite = [this, pairing](const Source &source, QString *error) {
            return m_commands.citeSourceForPairing(pairing, source, error);
        };
    } else {
        const qint64 exchange = m_choice.exchange().id;
        m_workspace.exchangeDetail.showExchange(exchange);
        const QString title = m_workspace.exchangeDetail.detail().exchange.title;
        citedFor = title;
        cite = [this, exchange, title](const Source &source, QString *error) {
            return m_commands.citeSourceForExchange(exchange, title, source, error);
        };
    }
    SourceEditor editor(m_commands, citedFor, cite, m_window);
    editor.exec();
}

ExchangeEditor::Choices EditActions::exchangeChoices() const
{
    return {m_workspace.pairingList, m_workspace.institutionList, m_workspace.sourceList,
            m_workspace.placeList};
}
