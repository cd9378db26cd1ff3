// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The commands that draw into a file without a window (export-chart, export-map, report): they
// need no display, and what they draw speaks the language and names places as the user chose
// in the window (View > Language, View > Place Names).
namespace DrawingCommand {

// Before the application object is made: Qt's offscreen platform, unless one is named.
void withoutDisplay();
// After it: the user's language and place names.
void asTheUserChose();

} // namespace DrawingCommand
