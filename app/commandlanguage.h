// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The language a command-line verb speaks and draws in (bridges check, export-chart, report …):
// the one its --language names (en, zh_CN or system), else the one chosen under View >
// Language, else the system's. Taken before the verb reads its line, so that its help and what
// it says about a wrong line are in that language too.
namespace CommandLanguage {

// Installs it for `bridges <verb> <arguments>` (once the application object is made). False
// when --language names no language Bridges speaks: said on standard error, the verb is not
// to run (exit status 2).
bool apply(const QString &verb, const QStringList &arguments);

} // namespace CommandLanguage
