// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A citation that a pairing or an exchange rests on. A source has a URL, a title, or both.
struct Source
{
    qint64 id = 0;
    QString title;
    QString publisher;
    QString url;
    int rowVersion = 0; // as read; an edit is refused if the record has moved on since

    friend bool operator==(const Source &a, const Source &b)
    {
        return a.id == b.id && a.title == b.title && a.publisher == b.publisher && a.url == b.url;
    }
};
