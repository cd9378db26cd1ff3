// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The commands that draw into a file without a window (export-chart, export-map, report): they
// need no display, and what they draw speaks the language and names places as the user chose
// in the window (View > Language, View > Place Names).
namespace DrawingCommand {

// Before the application object is made: Qt's offscreen platform, unless one is named.
void withoutDisplay();
// After it: the language (--language, else the user's; see CommandLanguage) and the place
// names the user chose. False when --language names none Bridges speaks (said on standard
// error): the verb is not to run.
bool asTheUserChose(const QString &verb, const QStringList &arguments);

} // namespace DrawingCommand
