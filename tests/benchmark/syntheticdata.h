// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class Database;

// Fills an empty Bridges database with a large, clearly synthetic dataset for benchmarks:
// made-up places ("Synthetic" in every record's notes or description), pairings and exchanges
// with distributions shaped like the real ones (most pairings undated or dated to the year,
// exchanges rising since 1979 with a dip and a turn to online meetings in 2020–2022). It is
// generated on this machine and never shipped as data.
namespace SyntheticData {

struct Size
{
    int places = 30000;
    int pairings = 30000;
    int exchanges = 1000000;
};

void generate(Database &database, const Size &size, unsigned seed = 1979);

} // namespace SyntheticData
