// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/partialdate.h"

#include <QString>

#include <optional>

// A total of China–US pairs as an official body reported it on a date ("284 in April 2022:
// 50 province/state and 234 city pairs"), with the page that says so. The split by level is
// known for some totals only; an unknown part stays unknown.
struct OfficialCount
{
    qint64 id = 0;
    PartialDate date;
    int total = 0;
    std::optional<int> provinceState;
    std::optional<int> city;
    QString sourceUrl;
    QString notes;
    // Its key in the shipped edition (the date it was reported); empty for one a user added.
    QString origin;
    int rowVersion = 0; // as read; an edit is refused if the record has moved on since

    friend bool operator==(const OfficialCount &a, const OfficialCount &b)
    {
        return a.id == b.id && a.date == b.date && a.total == b.total &&
               a.provinceState == b.provinceState && a.city == b.city &&
               a.sourceUrl == b.sourceUrl && a.notes == b.notes;
    }
    friend bool operator!=(const OfficialCount &a, const OfficialCount &b) { return !(a == b); }
};
