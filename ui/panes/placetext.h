// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/place.h"

#include <QString>

// Rich text for the detail pane, with every value from the database HTML-escaped.
namespace PlaceText {

// "<b>Nanjing</b> 南京<br>Jiangsu 江苏省 · 32.061° N, 118.779° E"; says which parts are unknown.
QString describe(const Place &place, const Place &region);
// "32.061° N, 118.779° E" in the current locale, or empty when unknown.
QString coordinates(const Place &place);
// "Nanjing 南京" whatever View > Place Names says (tooltips, the report's title), or the English
// name alone when the Chinese is not known (plain text). PlaceNaming::shown names a place as
// the user chose.
QString bothNames(const QString &nameEn, const QString &nameZh);

} // namespace PlaceText
