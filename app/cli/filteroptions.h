// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filter.h"

#include <QString>

#include <optional>

class QCommandLineParser;

// The filter bar's criteria as command-line options, for every verb that takes a filter:
// --search, --level, --relation, --status, --province, --state, --established-from/-to, --gap,
// --field, --mode, --exchanges-from/-to, --has-exchanges. Values are checked against the
// vocabulary and the ISO code forms; a bad one is named with the option it came with.
namespace FilterOptions {

void add(QCommandLineParser &parser);
std::optional<Filter> read(const QCommandLineParser &parser, QString *error);

} // namespace FilterOptions
