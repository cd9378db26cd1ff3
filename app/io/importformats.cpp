// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/importformats.h"

#include "app/io/eventrows.h"

namespace ImportFormats {

QStringList fields(ImportKind kind)
{
    if (kind == ImportKind::Pairings)
        return PairingRows::requiredColumns() << QStringLiteral("status");
    return EventRows::requiredColumns()
           << QStringLiteral("end_date") << QStringLiteral("participants");
}

QStringList essential(ImportKind kind)
{
    return kind == ImportKind::Pairings ? PairingRows::essentialColumns()
                                        : EventRows::essentialColumns();
}

ImportKind guess(const QStringList &header)
{
    for (const QString &column : header) {
        if (column.trimmed().compare(QLatin1String("title"), Qt::CaseInsensitive) == 0)
            return ImportKind::Exchanges;
    }
    return ImportKind::Pairings;
}

PairingRows::Outcome load(ImportKind kind, const CsvReader &csv, DatasetWriter &writer,
                          PairingRows::OnProblem onProblem, const PairingRows::Progress &progress)
{
    return kind == ImportKind::Pairings ? PairingRows::load(csv, writer, onProblem, progress)
                                        : EventRows::load(csv, writer, onProblem, progress);
}

} // namespace ImportFormats
