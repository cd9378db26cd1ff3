// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/officialcount.h"

#include <QString>

#include <optional>

class QWidget;

// Help > About: what Bridges is, its version, the data sources with their licences, and how
// many pairings the database holds against the latest official total (nothing is said of a
// total when none is recorded).
namespace AboutBox {
// pairings: how many the database holds; latest: the latest official total recorded.
QString text(qint64 pairings, const std::optional<OfficialCount> &latest);
void show(QWidget *parent, qint64 pairings, const std::optional<OfficialCount> &latest);
} // namespace AboutBox
