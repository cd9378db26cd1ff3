// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/pairingrules.h"
#include "app/domain/source.h"

// What a source must be before it is cited: a web address or a title (or both), and a web
// address that is one: http or https, with a host.
namespace SourceRules {

using Problem = PairingRules::Problem; // field: "url", "title"

QList<Problem> check(const Source &source);
// Why url is not a web address (http or https, with a host); empty if it is one or is empty.
QString webAddressProblem(const QString &url);

} // namespace SourceRules
