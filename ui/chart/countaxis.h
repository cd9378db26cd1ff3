// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QValueAxis>

// An axis of counts, from 0: its labels stand on whole numbers 1, 2 or 5 times a power of ten
// apart, so a small count never gets a fractional step whose labels round to the same number
// ("0 0 1 1"), and no more of them than there is room for.
class CountAxis : public QValueAxis
{
    Q_OBJECT
public:
    explicit CountAxis(QObject *parent = nullptr);

    // Reaches at least `most`, labelled at most `labels` times (never fewer than two).
    void fit(qreal most, int labels);
};
