// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/bundleddataset.h"

#include "app/domain/vocabulary.h"
#include "app/io/csvreader.h"
#include "app/io/dataerror.h"
#include "app/io/datasetwriter.h"
#include "app/io/eventrows.h"
#include "app/io/officialcountrows.h"
#include "app/io/pairingrows.h"
#include "app/io/rowreader.h"
#include "app/storage/dataeditionstore.h"
#include "app/storage/officialcountstore.h"
#include "app/storage/transaction.h"

#include <QFile>
#include <QFileInfo>

namespace {
CsvReader readCsv(const QString &path, const QStringList &columns)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DataError(name, 0, {},
                        QCoreApplication::translate("BundledDataset", "cannot be read: %1")
                            .arg(file.errorString()));
    return CsvReader(file.readAll(), name, columns);
}

void loadRegions(const CsvReader &csv, DatasetWriter &writer)
{
    for (int row = 0; row < csv.rowCount(); ++row) {
        const RowReader in(csv, row);
        Place region;
        region.countryCode = in.required(QStringLiteral("country"));
        region.regionCode = in.required(QStringLiteral("code"));
        region.nameEn = in.required(QStringLiteral("name_en"));
        region.nameZh = in.text(QStringLiteral("name_zh"));
        region.kind = Vocabulary::key(Vocabulary::Level::ProvinceState);
        writer.addRegion(region, in.text(QStringLiteral("postal")));
    }
}

} // namespace

BundledDataset::Counts BundledDataset::load(Database &database)
{
    return load(database, DataEdition::latest());
}

BundledDataset::Counts BundledDataset::load(Database &database, const DataEdition &edition,
                                            const QString &regionsPath)
{
    const CsvReader regions = readCsv(
        regionsPath, {QStringLiteral("country"), QStringLiteral("code"), QStringLiteral("postal"),
                      QStringLiteral("name_en"), QStringLiteral("name_zh")});
    const CsvReader pairings = readCsv(edition.pairings, PairingRows::requiredColumns());
    const CsvReader events = readCsv(edition.events, EventRows::requiredColumns());
    QList<OfficialCount> officialCounts;
    if (!edition.officialCounts.isEmpty()) {
        officialCounts = OfficialCountRows::read(
            readCsv(edition.officialCounts, OfficialCountRows::requiredColumns()));
    }

    Transaction transaction(database);
    DatasetWriter writer(database);
    writer.setKeepsOrigins(true);
    loadRegions(regions, writer);
    PairingRows::load(pairings, writer, PairingRows::OnProblem::Stop);
    EventRows::load(events, writer, PairingRows::OnProblem::Stop);
    writer.write();
    OfficialCountStore(database).insert(officialCounts);
    DataEditionStore(database).set(edition.name);
    transaction.commit();
    Counts counts = writer.counts();
    counts.officialCounts = int(officialCounts.size());
    return counts;
}
