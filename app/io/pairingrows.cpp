// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/pairingrows.h"

#include "app/domain/vocabulary.h"
#include "app/io/datasetwriter.h"
#include "app/io/rowreader.h"
#include "app/io/texttable.h"

#include <QCoreApplication>

namespace PairingRows {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PairingRows", text);
}

// Plans one row: a pairing to add, or one the database holds, perhaps with something to fill in.
Row loadRow(const TextTable &table, int row, DatasetWriter &writer)
{
    // Every bad value of the row is told, not only the first.
    const RowReader in(table, row, RowReader::OnBadValue::Collect);
    Pairing pairing;
    pairing.level = in.key(QStringLiteral("level"), Vocabulary::levelKeys());
    pairing.relation = in.key(QStringLiteral("relation"), Vocabulary::relationKeys());
    pairing.established = in.date(QStringLiteral("established"));
    pairing.notes = in.text(QStringLiteral("note"));
    pairing.origin = in.text(QStringLiteral("id")); // kept by the shipped data only
    if (!in.text(QStringLiteral("status")).isEmpty())
        pairing.status = in.key(QStringLiteral("status"), Vocabulary::statusKeys());

    Place chinese;
    chinese.countryCode = QStringLiteral("CN");
    chinese.nameEn = in.required(QStringLiteral("cn_name_en"));
    chinese.nameZh = in.text(QStringLiteral("cn_name_zh"));
    in.coordinates(QStringLiteral("cn_lat"), QStringLiteral("cn_lon"), &chinese);
    Place us;
    us.countryCode = QStringLiteral("US");
    us.nameEn = in.required(QStringLiteral("us_name"));
    in.coordinates(QStringLiteral("us_lat"), QStringLiteral("us_lon"), &us);
    in.check();

    const QString province = in.text(QStringLiteral("cn_province_en"));
    const QString state = in.text(QStringLiteral("us_state"));
    // Both places are found before either is made, so that a row with one wrong name makes
    // nothing. The level of a district pairing describes its Chinese side; its US partner is a
    // city.
    const QString region = Vocabulary::key(Vocabulary::Level::ProvinceState);
    const DatasetWriter::PlaceChoice chineseChoice =
        writer.choosePlace(chinese, pairing.level, province, in, QStringLiteral("cn_name_en"),
                           QStringLiteral("cn_province_en"));
    const DatasetWriter::PlaceChoice usChoice = writer.choosePlace(
        us, pairing.level == region ? region : Vocabulary::key(Vocabulary::Level::City), state, in,
        QStringLiteral("us_name"), QStringLiteral("us_state"));
    // The places the database holds may take what the row knows of them.
    const int line = table.lineOf(row);
    bool fills = false;
    if (writer.placeKnownBefore(chineseChoice.id)) {
        fills |= writer.mergePlace(chineseChoice.id, chinese, line, QStringLiteral("cn_name_zh"),
                                   QStringLiteral("cn_lat"), QStringLiteral("cn_lon"));
    }
    if (writer.placeKnownBefore(usChoice.id)) {
        fills |= writer.mergePlace(usChoice.id, us, line, QString(), QStringLiteral("us_lat"),
                                   QStringLiteral("us_lon"));
    }
    if (const qint64 held = writer.pairingKnownBefore(chineseChoice.id, usChoice.id)) {
        fills |= writer.mergePairing(held, pairing, in.text(QStringLiteral("source_url")), line);
        return fills ? Row::HeldFillable : Row::Held;
    }
    pairing.chinesePlaceId = writer.placeFor(chineseChoice);
    pairing.usPlaceId = writer.placeFor(usChoice);
    const int firstLine = writer.lineOfPairing(pairing.chinesePlaceId, pairing.usPlaceId);
    if (firstLine) {
        in.fail(QStringLiteral("us_name"),
                tr("the same pairing already stands on line %1.").arg(firstLine));
    }
    const qint64 id = writer.addPairing(pairing, table.lineOf(row));
    writer.citeForPairing(id, in.text(QStringLiteral("source_url")), pairing.notes);
    return Row::Added;
}
} // namespace

QStringList requiredColumns()
{
    return {QStringLiteral("level"),          QStringLiteral("relation"),
            QStringLiteral("cn_name_en"),     QStringLiteral("cn_name_zh"),
            QStringLiteral("cn_province_en"), QStringLiteral("cn_lat"),
            QStringLiteral("cn_lon"),         QStringLiteral("us_name"),
            QStringLiteral("us_state"),       QStringLiteral("us_lat"),
            QStringLiteral("us_lon"),         QStringLiteral("established"),
            QStringLiteral("source_url"),     QStringLiteral("note")};
}

QStringList essentialColumns()
{
    return {QStringLiteral("level"), QStringLiteral("relation"), QStringLiteral("cn_name_en"),
            QStringLiteral("us_name")};
}

Outcome load(const TextTable &table, DatasetWriter &writer, OnProblem onProblem,
             const Progress &progress)
{
    return eachRow(
        table, onProblem, [&](int row) { return loadRow(table, row, writer); }, progress);
}

Outcome eachRow(const TextTable &table, OnProblem onProblem, const std::function<Row(int)> &write,
                const Progress &progress)
{
    Outcome outcome;
    for (int row = 0; row < table.rowCount(); ++row) {
        if (progress && row % 500 == 0 && !progress(row, table.rowCount()))
            throw Cancelled();
        try {
            const Row result = write(row);
            if (result == Row::Added)
                ++outcome.written;
            else
                outcome.duplicateLines << table.lineOf(row);
            if (result == Row::HeldFillable)
                outcome.fillableLines << table.lineOf(row);
        } catch (const DataError &e) {
            if (onProblem == OnProblem::Stop)
                throw;
            outcome.problems << e;
        } catch (const RowReader::BadValues &bad) {
            if (onProblem == OnProblem::Stop)
                throw bad.problems.first();
            outcome.problems << bad.problems;
        }
    }
    return outcome;
}

} // namespace PairingRows
