// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// bridges update-data [--dry-run] [--db FILE|URL]: brings a database made from an older edition
// of the shipped data up to the edition this Bridges ships, as the window's review does, and
// keeps the user's value wherever it differs from the edition's, listing each such field.
namespace UpdateDataVerb {

int run(const QStringList &arguments);

} // namespace UpdateDataVerb
