// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

// Holds a detail pane's contents at their natural height, as wide as the pane, and scrolls
// them vertically when the pane is shorter: wrapped labels keep every line and no row is
// squeezed over the next, whatever the window's size or the language. The contents never
// scroll sideways; their labels wrap to the pane's width instead.
class DetailScrollArea : public QScrollArea
{
    Q_OBJECT
public:
    // Fills the pane with a scroll area of this name showing the contents.
    static DetailScrollArea *fill(QWidget *pane, QWidget *contents, const QString &name);

private:
    explicit DetailScrollArea(QWidget *contents);
};
