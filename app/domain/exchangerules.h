// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/exchange.h"
#include "app/domain/pairingrules.h"

#include <QDate>

// What an exchange must be before it is written, each rule tied to its field: a title, a known
// field and mode, dates that parse and are not more than a year ahead, and an end date only
// after a start and not before it.
namespace ExchangeRules {

using Problem = PairingRules::Problem; // field: "title", "field", "mode", "date", "endDate"

// date, endDate: as typed, or empty when not known.
QList<Problem> check(const Exchange &exchange, const QString &date, const QString &endDate,
                     const QDate &today = QDate::currentDate());

} // namespace ExchangeRules
