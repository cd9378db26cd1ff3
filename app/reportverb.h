// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// bridges report --pairing ID --out FILE.pdf [--db FILE|URL]: the report of one pairing drawn
// into a PDF without a display (Qt's offscreen platform unless another is asked for). Exit
// status 0 when written, 2 for a wrong command line or a pairing the database does not hold,
// 1 when the database or the file fails.
namespace ReportVerb {

int run(int argc, char *argv[], const QStringList &arguments);

} // namespace ReportVerb
