// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The language of the interface: English (the language of the sources) or Simplified Chinese,
// with Qt's own strings (standard buttons, file dialogs) to match, and dates and numbers in the
// same language. By default the system's: its first preferred language that Bridges speaks,
// else English. View > Language chooses one, kept in the settings. Bridges' translations are
// built into the program (:/i18n/bridges_<code>.qm); Qt's come from Qt's translations folder.
namespace Language {

// The choices: "" (the system's), "en", "zh_CN".
QStringList choices();
// How a choice is offered: a language by its name in that language ("English", "简体中文"),
// the system's in the language in use.
QString nameOf(const QString &choice);
// A choice as the command line writes it: "en", "zh_CN" (or zh, zh-CN, en_US …), "system" for
// "". False when the text names none.
bool fromText(const QString &text, QString *choice);

// The choice kept in the settings ("" when none was made).
QString chosen();
// Keeps the choice in the settings and applies it at once (the windows made from then on
// speak it).
void choose(const QString &choice);

// Installs the translators for the choice ("" the system's) in the application, in place of
// those installed before, and makes it the default locale. Returns the language now in use:
// "en" or "zh_CN". Needs the application object.
QString apply(const QString &choice);
// The language in use: "en" until another is applied.
QString current();

} // namespace Language
