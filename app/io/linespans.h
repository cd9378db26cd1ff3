// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

// Lines of a file named shortly, runs of consecutive lines as one span: "2–184", "2, 5–9, 12".
namespace LineSpans {

// The first maxSpans spans of lines (ascending), in the locale's digits; *more is set to the
// number of lines left out of them.
QString text(const QList<int> &lines, const QLocale &locale, int maxSpans, qsizetype *more);

} // namespace LineSpans
