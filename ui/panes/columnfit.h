// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QTableView;

// Sizes a list's columns to their contents, each at most its widest, and, where the list is
// too narrow for all of them, takes the width from the columns given (names, which can be read
// cut short) so that the others (a date, a level) show whole: a list's last column is not left
// out of sight at the window's first size. It fits again as the list is resized, until the
// user sizes a column: from then on the user's widths stand.
class ColumnFit : public QObject
{
    Q_OBJECT
public:
    ColumnFit(QTableView *view, QList<int> narrowable, int widest);

    void setWidest(int column, int width) { m_widest.insert(column, width); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void measure();
    void fit();

    QTableView *m_view;
    QList<int> m_narrowable;
    int m_defaultWidest;
    QHash<int, int> m_widest;
    QList<int> m_wanted; // each column's width for its contents, measured once rows are read
    bool m_fitting = false;
};
