// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QDialog;
class QMainWindow;

// Help > Keyboard Shortcuts: every command of the window's menus that has keys, menu by menu,
// as the menus themselves hold them (so the list is never out of date), then the keys of the
// lists and the map, which act where the focus is.
namespace ShortcutList {

QDialog *make(QMainWindow *window);

} // namespace ShortcutList
