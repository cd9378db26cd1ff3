// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QMenu;

// View > Language: the system's, English or 简体中文, each named in its own language. A choice
// is kept and applied (see Language); changed runs when the language in use changed, so that
// the window can be made again in it.
namespace LanguageMenu {

QMenu *add(QMenu *view, const std::function<void()> &changed);

} // namespace LanguageMenu
