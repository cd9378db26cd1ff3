// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What the command-line verbs print: results on standard output, problems on standard error,
// in the locale's encoding, flushed at once.
namespace Console {
void out(const QString &text);
void err(const QString &text);
} // namespace Console
