// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/pairingrules.h"

#include <QDate>
#include <QString>

#include <optional>

// What an official total must be before it is written, each rule tied to its field: the date
// it was reported (a year, a month or a day, no more than a year ahead), a total of at least one
// pair, a split by level whose parts are never below 0 and together not more than the total
// (either part may be unknown), and a source address, when given, that is one.
namespace OfficialCountRules {

// field: "date", "total", "provinceState", "city", "parts" (the two together), "sourceUrl"
using Problem = PairingRules::Problem;

// The form's fields as typed; a part left empty is not known.
struct Typed
{
    QString date;
    QString total;
    QString provinceState;
    QString city;
    QString sourceUrl;
};

QList<Problem> check(const Typed &typed, const QDate &today = QDate::currentDate());
// A number of pairs as typed, in plain digits or as the user's locale writes it ("1,234");
// nothing when the text is empty or not a whole number.
std::optional<int> number(const QString &text);

} // namespace OfficialCountRules
