// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/linespans.h"

#include <QStringList>

namespace LineSpans {

QString text(const QList<int> &lines, const QLocale &locale, int maxSpans, qsizetype *more)
{
    QStringList spans;
    qsizetype shown = 0;
    qsizetype i = 0;
    while (i < lines.size() && spans.size() < maxSpans) {
        qsizetype end = i;
        while (end + 1 < lines.size() && lines.at(end + 1) == lines.at(end) + 1)
            ++end;
        spans << (end == i ? locale.toString(lines.at(i))
                           : locale.toString(lines.at(i)) + QChar(0x2013) +
                                 locale.toString(lines.at(end)));
        shown += end - i + 1;
        i = end + 1;
    }
    *more = lines.size() - shown;
    return spans.join(QStringLiteral(", "));
}

} // namespace LineSpans
