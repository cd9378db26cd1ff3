// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/bundleddataset.h"

#include "app/domain/vocabulary.h"
#include "app/io/csvreader.h"
#include "app/io/dataerror.h"
#include "app/io/datasetwriter.h"
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

void loadPairings(const CsvReader &csv, DatasetWriter &writer)
{
    for (int row = 0; row < csv.rowCount(); ++row) {
        const RowReader in(csv, row);
        Pairing pairing;
        pairing.level = in.key(QStringLiteral("level"), Vocabulary::levelFromKey);
        pairing.relation = in.key(QStringLiteral("relation"), Vocabulary::relationFromKey);
        pairing.established = in.date(QStringLiteral("established"));
        pairing.notes = in.text(QStringLiteral("note"));

        Place chinese;
        chinese.countryCode = QStringLiteral("CN");
        chinese.nameEn = in.required(QStringLiteral("cn_name_en"));
        chinese.nameZh = in.text(QStringLiteral("cn_name_zh"));
        in.coordinates(QStringLiteral("cn_lat"), QStringLiteral("cn_lon"), &chinese);
        Place us;
        us.countryCode = QStringLiteral("US");
        us.nameEn = in.required(QStringLiteral("us_name"));
        in.coordinates(QStringLiteral("us_lat"), QStringLiteral("us_lon"), &us);

        const QString province = in.text(QStringLiteral("cn_province_en"));
        const QString state = in.text(QStringLiteral("us_state"));
        pairing.chinesePlaceId =
            writer.placeFor(chinese, pairing.level, province, in, QStringLiteral("cn_name_en"),
                            QStringLiteral("cn_province_en"));
        pairing.usPlaceId = writer.placeFor(us, pairing.level, state, in, QStringLiteral("us_name"),
                                            QStringLiteral("us_state"));
        const int firstLine = writer.lineOfPairing(pairing.chinesePlaceId, pairing.usPlaceId);
        if (firstLine) {
            in.fail(QStringLiteral("us_name"),
                    tr("the same pairing already stands on line %1.").arg(firstLine));
        }
        const qint64 id = writer.addPairing(pairing, csv.lineOf(row));
        writer.citeForPairing(id, in.text(QStringLiteral("source_url")), pairing.notes);
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
    const CsvReader pairings = readCsv(
        pairingsPath,
        {QStringLiteral("level"), QStringLiteral("relation"), QStringLiteral("cn_name_en"),
         QStringLiteral("cn_name_zh"), QStringLiteral("cn_province_en"), QStringLiteral("cn_lat"),
         QStringLiteral("cn_lon"), QStringLiteral("us_name"), QStringLiteral("us_state"),
         QStringLiteral("us_lat"), QStringLiteral("us_lon"), QStringLiteral("established"),
         QStringLiteral("source_url"), QStringLiteral("note")});
    const CsvReader events = readCsv(
        eventsPath,
        {QStringLiteral("date"), QStringLiteral("title"), QStringLiteral("field"),
         QStringLiteral("mode"), QStringLiteral("cn_name_en"), QStringLiteral("us_name"),
         QStringLiteral("location"), QStringLiteral("description"), QStringLiteral("source_url")});

    DatasetWriter writer(database);
    Transaction transaction(database);
    loadRegions(regions, writer);
    loadPairings(pairings, writer);
    loadEvents(events, writer);
    transaction.commit();
    return writer.counts();
}
