// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The records kept in lists of their own beside the pairings and exchanges: the places,
// institutions and sources that others refer to (deleted only while nothing does), and the
// official totals, which nothing refers to.
enum class RecordKind { Place, Institution, Source, OfficialCount };
