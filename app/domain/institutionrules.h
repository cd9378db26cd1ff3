// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/institution.h"
#include "app/domain/pairingrules.h"

// What an institution must be before it is written: an English name, a known kind (or none),
// and a web address, when given, that is one.
namespace InstitutionRules {

using Problem = PairingRules::Problem; // field: "nameEn", "kind", "url"

QList<Problem> check(const Institution &institution);

} // namespace InstitutionRules
