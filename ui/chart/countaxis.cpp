// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/countaxis.h"

#include <algorithm>
#include <cmath>

CountAxis::CountAxis(QObject *parent) : QValueAxis(parent)
{
    setLabelFormat(QStringLiteral("%d"));
    setTickType(QValueAxis::TicksDynamic);
    setTickAnchor(0);
}

void CountAxis::fit(qreal most, int labels)
{
    const qreal largest = std::max<qreal>(most, 1);
    // The smallest step of 1, 2 or 5 times a power of ten that keeps to the labels; never less
    // than one, for counts are whole.
    const qreal rough = std::max<qreal>(largest / std::max(labels - 1, 1), 1);
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    qreal step = 10 * magnitude;
    for (const qreal candidate : {1.0, 2.0, 5.0}) {
        if (rough <= candidate * magnitude) {
            step = candidate * magnitude;
            break;
        }
    }
    setTickInterval(step);
    setRange(0, std::ceil(largest / step) * step);
}
