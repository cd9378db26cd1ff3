// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

// A filter's list of choices, as wide as the choice it shows: "Any province" takes little
// room in the filter bar, and a long choice once made ("Inner Mongolia 内蒙古自治区 (3)") is
// shown whole rather than cut. The open list shows every choice whole.
class FilterCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit FilterCombo(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    void showPopup() override;
};
