// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/bundleddataset.h"

#include "app/domain/vocabulary.h"
#include "app/io/csvreader.h"
#include "app/io/dataerror.h"
#include "app/io/datasetwriter.h"
#include "app/io/pairingrows.h"
#include "app/io/rowreader.h"
#include "app/storage/transaction.h"

#include <QFile>
#include <QFileInfo>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("BundledDataset", text);
}

CsvReader readCsv(const QString &path, const QStringList &columns)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DataError(name, 0, {}, tr("cannot be read: %1").arg(file.errorString()));
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

void loadEvents(const CsvReader &csv, DatasetWriter &writer)
{
    const QString separator = QStringLiteral(";");
    for (int row = 0; row < csv.rowCount(); ++row) {
        const RowReader in(csv, row);
        Exchange exchange;
        exchange.date = in.date(QStringLiteral("date"));
        exchange.title = in.required(QStringLiteral("title"));
        exchange.field = in.key(QStringLiteral("field"), Vocabulary::fieldFromKey);
        exchange.mode = in.key(QStringLiteral("mode"), Vocabulary::modeFromKey);
        exchange.location = in.text(QStringLiteral("location"));
        exchange.description = in.text(QStringLiteral("description"));
        QStringList chinese;
        for (const QString &name : in.text(QStringLiteral("cn_name_en")).split(separator))
            chinese << name.trimmed();
        QStringList us;
        for (const QString &name : in.text(QStringLiteral("us_name")).split(separator))
            us << name.trimmed();
        chinese.removeAll(QString());
        us.removeAll(QString());
        writer.addExchange(exchange, chinese, us, in.text(QStringLiteral("source_url")));
    }
}
} // namespace

BundledDataset::Counts BundledDataset::load(Database &database)
{
    return load(database, QStringLiteral(":/data/regions.csv"),
                QStringLiteral(":/data/pairings.csv"), QStringLiteral(":/data/events.csv"));
}

BundledDataset::Counts BundledDataset::load(Database &database, const QString &regionsPath,
                                            const QString &pairingsPath, const QString &eventsPath)
{
    const CsvReader regions = readCsv(
        regionsPath, {QStringLiteral("country"), QStringLiteral("code"), QStringLiteral("postal"),
                      QStringLiteral("name_en"), QStringLiteral("name_zh")});
    const CsvReader pairings = readCsv(pairingsPath, PairingRows::requiredColumns());
    const CsvReader events = readCsv(
        eventsPath,
        {QStringLiteral("date"), QStringLiteral("title"), QStringLiteral("field"),
         QStringLiteral("mode"), QStringLiteral("cn_name_en"), QStringLiteral("us_name"),
         QStringLiteral("location"), QStringLiteral("description"), QStringLiteral("source_url")});

    DatasetWriter writer(database);
    Transaction transaction(database);
    loadRegions(regions, writer);
    PairingRows::load(pairings, writer, PairingRows::OnProblem::Stop);
    loadEvents(events, writer);
    transaction.commit();
    return writer.counts();
}
