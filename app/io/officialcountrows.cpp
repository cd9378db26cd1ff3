// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/officialcountrows.h"

#include "app/io/rowreader.h"
#include "app/io/texttable.h"

#include <QCoreApplication>

namespace OfficialCountRows {

QStringList requiredColumns()
{
    return {QStringLiteral("date"), QStringLiteral("total"),      QStringLiteral("province_state"),
            QStringLiteral("city"), QStringLiteral("source_url"), QStringLiteral("note")};
}

QList<OfficialCount> read(const TextTable &table)
{
    QList<OfficialCount> counts;
    for (int row = 0; row < table.rowCount(); ++row) {
        const RowReader in(table, row);
        OfficialCount count;
        in.required(QStringLiteral("date"));
        count.date = in.date(QStringLiteral("date"));
        in.required(QStringLiteral("total"));
        count.total = *in.number(QStringLiteral("total"), 1);
        count.provinceState = in.number(QStringLiteral("province_state"), 0);
        count.city = in.number(QStringLiteral("city"), 0);
        if (count.provinceState.value_or(0) + count.city.value_or(0) > count.total) {
            in.fail(QStringLiteral("city"),
                    QCoreApplication::translate("OfficialCountRows",
                                                "the pairs by level add up to more than the "
                                                "total."));
        }
        count.sourceUrl = in.text(QStringLiteral("source_url"));
        count.notes = in.text(QStringLiteral("note"));
        // A total is known by the date it was reported on: a later edition corrects it by that.
        count.origin = count.date.toIso();
        counts << count;
    }
    return counts;
}

} // namespace OfficialCountRows
