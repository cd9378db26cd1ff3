// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/undohistory.h"

#include "app/commands/commands.h"

#include <QStyle>

UndoHistory::UndoHistory(Commands &commands, QWidget *parent)
    : QListWidget(parent), m_commands(commands)
{
    setAccessibleName(tr("Undo history"));
    const QUndoStack *stack = commands.stack();
    connect(stack, &QUndoStack::indexChanged, this, &UndoHistory::rebuild);
    // A click, or Enter; where the style activates on a single click, the two are one.
    connect(this, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { goTo(row(item)); });
    if (!style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, this)) {
        connect(this, &QListWidget::itemActivated, this,
                [this](QListWidgetItem *item) { goTo(row(item)); });
    }
    rebuild();
}

void UndoHistory::rebuild()
{
    const QUndoStack *stack = m_commands.stack();
    const QSignalBlocker quiet(this);
    clear();
    addItem(tr("<as opened>"));
    for (int i = 0; i < stack->count(); ++i)
        addItem(stack->text(i));
    // Row i stands for the state after i steps; steps past the current one are greyed.
    for (int i = stack->index() + 1; i < count(); ++i)
        item(i)->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    setCurrentRow(stack->index());
}

void UndoHistory::goTo(int index)
{
    if (m_going || index < 0)
        return;
    m_going = true;
    const QUndoStack *stack = m_commands.stack();
    QString error;
    bool refused = false;
    while (!refused && stack->index() > index)
        refused = !m_commands.undo(&error);
    while (!refused && stack->index() < index)
        refused = !m_commands.redo(&error);
    m_going = false;
    rebuild();
    if (refused)
        emit failed(error);
}
