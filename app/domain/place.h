// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// A province, state, city, county or district. Coordinates are both known or both unknown;
// a place whose position no source gives has none rather than a guessed one.
struct Place
{
    qint64 id = 0;
    QString nameEn;
    QString nameZh;
    QString pinyin;
    QString kind;        // a Vocabulary::Level key, or empty when the data does not say
    QString countryCode; // ISO 3166-1 alpha-2: "CN", "US"
    QString regionCode;  // ISO 3166-2 for a province or state ("CN-JS"), else empty
    qint64 parentId = 0; // the province or state a place lies in; 0 when unknown or none
    std::optional<double> latitude;
    std::optional<double> longitude;

    int rowVersion = 0; // as read; an edit is refused if the record has moved on since

    bool hasCoordinates() const { return latitude.has_value() && longitude.has_value(); }
};
