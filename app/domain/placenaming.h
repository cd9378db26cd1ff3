// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// How places are named across the program (lists, map, charts, filters): in English, in
// Chinese, or both, as the user chose under View > Place Names. A place whose Chinese name is
// not known is named in English whatever the choice: nothing is made up.
namespace PlaceNaming {

enum class Style { English, Chinese, Both };

Style style();
void setStyle(Style style);

// "Nanjing 南京", "南京" or "Nanjing", by the style chosen.
QString shown(const QString &nameEn, const QString &nameZh);
QString shown(const QString &nameEn, const QString &nameZh, Style style);

} // namespace PlaceNaming
