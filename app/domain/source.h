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
};
