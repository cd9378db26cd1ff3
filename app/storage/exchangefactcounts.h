// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filter.h"
#include "app/storage/exchangefacts.h"

#include <optional>

class Database;

// The exchanges a filter keeps, counted from the exchange facts held in memory: the database
// names the pairings the filter's criteria on pairings keep and the exchanges each search word
// finds, and the facts do the rest. Each gives nothing (count in SQL then) when no facts can be
// held. All throw StorageError.
namespace ExchangeFactCounts {

std::optional<QList<ExchangeFacts::Count>> byYear(const Database &database, const Filter &filter,
                                                  ExchangeFacts::Split split);
std::optional<qint64> count(const Database &database, const Filter &filter);

} // namespace ExchangeFactCounts
