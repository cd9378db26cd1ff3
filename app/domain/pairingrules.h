// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/pairing.h"
#include "app/domain/place.h"

#include <QDate>
#include <QList>
#include <QString>

// What a pairing must be before it is written, each rule in plain words tied to the field it
// is about, so that a form can show it beside that field. Rules that need the database (no
// second pairing of the same two places) are checked where the database is.
namespace PairingRules {

struct Problem
{
    QString field; // "chinesePlace", "usPlace", "relation", "level", "established", "status"
    QString message;
};

// established: the date as typed ("1979", "1979-11", "1979-11-01" or empty for unknown);
// chinese, us: the places chosen, or null when none is.
QList<Problem> check(const Pairing &pairing, const QString &established, const Place *chinese,
                     const Place *us, const QDate &today = QDate::currentDate());

} // namespace PairingRules
