// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QColor>
#include <QPalette>
#include <QString>

// The colours of every chart. Fields and modes take the Okabe-Ito colours, chosen to stay
// apart for readers with any common colour-vision deficiency; the fields beyond the first
// eight repeat a colour with a hatch, so no two categories look alike. The same key always
// gets the same look, in every chart and every export. Mid-tone colours read on white and on
// a dark window; text and lines that must contrast follow the theme.
namespace ChartPalette {

QBrush categoryBrush(const QString &key);
QColor categoryColor(const QString &key);
// The pairings, drawn in the text's colour and told apart by shape: established per year as
// diamonds, the running total as a line.
QColor pairingsColor(bool dark);
// Whether a palette is a dark one (its window darker than its text).
bool isDark(const QPalette &palette);

} // namespace ChartPalette
