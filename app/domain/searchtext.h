// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// How typed search text is compared with names: case and tone marks do not count, nor do the
// apostrophes, hyphens and spaces of romanised names ("xian" finds Xi'an, "nanjing" Nanjing).
namespace SearchText {

// Lower case, diacritics removed, apostrophes, hyphens and spaces dropped.
QString fold(const QString &text);
// The words of a search, each reduced to its letters and digits; symbols, emoji and
// punctuation are dropped, so that nothing typed can act as query syntax.
QStringList words(const QString &text);
// The longest search Bridges looks at; longer pastes are cut here.
inline constexpr int maximumLength = 200;

} // namespace SearchText
