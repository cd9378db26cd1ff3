// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/detailscrollarea.h"

#include <QVBoxLayout>

DetailScrollArea::DetailScrollArea(QWidget *contents)
{
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidgetResizable(true);
    setWidget(contents);
    // The pane's own colour shows through, as it did before the pane could scroll.
    viewport()->setAutoFillBackground(false);
    contents->setAutoFillBackground(false);
}

DetailScrollArea *DetailScrollArea::fill(QWidget *pane, QWidget *contents, const QString &name)
{
    auto *scroll = new DetailScrollArea(contents);
    scroll->setObjectName(name);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    return scroll;
}
