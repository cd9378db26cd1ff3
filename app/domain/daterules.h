// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/partialdate.h"

#include <QDate>
#include <QString>

// The rule every date typed into a form meets: it is a year, a year and month or a full date,
// and lies no more than a year from today, so that a programme planned for next spring can be
// entered but a slip of the keyboard (2205) cannot.
namespace DateRules {

// The date as typed: null when the text is empty or is not a date. *problem says what breaks
// the rule, or is cleared when nothing does.
PartialDate read(const QString &typed, QString *problem, const QDate &today = QDate::currentDate());

} // namespace DateRules
