// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/filtercombo.h"

#include <QAbstractItemView>
#include <QScrollBar>
#include <QStyleOptionComboBox>

FilterCombo::FilterCombo(QWidget *parent) : QComboBox(parent)
{
    // A new choice, or new counts in the choices, make another width.
    connect(this, &QComboBox::currentIndexChanged, this, &QWidget::updateGeometry);
    connect(this, &QComboBox::currentTextChanged, this, &QWidget::updateGeometry);
}

QSize FilterCombo::sizeHint() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    QSize contents(fontMetrics().horizontalAdvance(currentText()), QComboBox::sizeHint().height());
    if (!option.currentIcon.isNull())
        contents.rwidth() += iconSize().width() + 4;
    const QSize size = style()->sizeFromContents(QStyle::CT_ComboBox, &option, contents, this);
    return {size.width(), QComboBox::sizeHint().height()};
}

QSize FilterCombo::minimumSizeHint() const
{
    return sizeHint();
}

// The list opens at least as wide as its longest choice, however narrow the box.
void FilterCombo::showPopup()
{
    view()->setMinimumWidth(view()->sizeHintForColumn(modelColumn()) +
                            view()->verticalScrollBar()->sizeHint().width());
    QComboBox::showPopup();
}
