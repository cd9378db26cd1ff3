// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

class Commands;

// The steps that can be undone and redone, oldest first, below "as opened"; the current one
// is marked. Choosing a step undoes or redoes one step at a time through the commands up to
// it, and stops at the first that is refused (someone else changed the record): the list, the
// stack and the database always agree.
class UndoHistory : public QListWidget
{
    Q_OBJECT
public:
    explicit UndoHistory(Commands &commands, QWidget *parent = nullptr);

signals:
    void failed(const QString &message);

private:
    void rebuild();
    void goTo(int index);

    Commands &m_commands;
    bool m_going = false;
};
