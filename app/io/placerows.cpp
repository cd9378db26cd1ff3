// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/placerows.h"

#include "app/domain/vocabulary.h"
#include "app/io/datasetwriter.h"
#include "app/io/rowreader.h"
#include "app/io/texttable.h"

#include <QCoreApplication>

namespace PlaceRows {
namespace {
using Row = PairingRows::Row;

QString tr(const char *text)
{
    return QCoreApplication::translate("PlaceRows", text);
}

// Plans one row: a place to add, or one the database holds, perhaps with something to fill in.
Row loadRow(const TextTable &table, int row, DatasetWriter &writer)
{
    // Every bad value of the row is told, not only the first.
    const RowReader in(table, row, RowReader::OnBadValue::Collect);
    Place place;
    place.countryCode = in.required(QStringLiteral("country")).toUpper();
    if (!in.hasProblem(QStringLiteral("country")) && place.countryCode != QLatin1String("CN") &&
        place.countryCode != QLatin1String("US")) {
        in.problem(QStringLiteral("country"),
                   tr("“%1” is neither CN (China) nor US (the United States).")
                       .arg(in.text(QStringLiteral("country"))));
    }
    place.nameEn = in.required(QStringLiteral("name_en"));
    place.nameZh = in.text(QStringLiteral("name_zh"));
    const QString kind = in.key(QStringLiteral("kind"), Vocabulary::levelKeys());
    in.coordinates(QStringLiteral("lat"), QStringLiteral("lon"), &place);
    in.check();
    const DatasetWriter::PlaceChoice choice =
        writer.choosePlace(place, kind, in.text(QStringLiteral("province_state")), in,
                           QStringLiteral("name_en"), QStringLiteral("province_state"));
    if (choice.id && writer.placeKnownBefore(choice.id)) {
        return writer.mergePlace(choice.id, place, table.lineOf(row), QStringLiteral("name_zh"),
                                 QStringLiteral("lat"), QStringLiteral("lon"))
                   ? PairingRows::Row::HeldFillable
                   : PairingRows::Row::Held;
    }
    if (const int earlier = writer.lineOfPlace(choice.id)) {
        in.fail(QStringLiteral("name_en"),
                tr("the same place already stands on line %1.").arg(earlier));
    }
    writer.addPlace(choice, table.lineOf(row));
    return PairingRows::Row::Added;
}
} // namespace

QStringList requiredColumns()
{
    return {QStringLiteral("country"), QStringLiteral("name_en"),        QStringLiteral("name_zh"),
            QStringLiteral("kind"),    QStringLiteral("province_state"), QStringLiteral("lat"),
            QStringLiteral("lon")};
}

QStringList essentialColumns()
{
    return {QStringLiteral("country"), QStringLiteral("name_en"), QStringLiteral("kind")};
}

PairingRows::Outcome load(const TextTable &table, DatasetWriter &writer,
                          PairingRows::OnProblem onProblem, const PairingRows::Progress &progress)
{
    return PairingRows::eachRow(
        table, onProblem, [&](int row) { return loadRow(table, row, writer); }, progress);
}

} // namespace PlaceRows
