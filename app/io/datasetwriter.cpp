// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/datasetwriter.h"

#include "app/domain/searchtext.h"
#include "app/domain/vocabulary.h"
#include "app/io/rowreader.h"
#include "app/storage/recordtables.h"
#include "app/storage/sqlquery.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DatasetWriter", text);
}

QString join(const QString &a, const QString &b)
{
    return a + QLatin1Char('|') + b;
}

const QString china = QStringLiteral("CN");

// Rows that came from the twin-town list say so in their note; they cite that list.
const QString twinListMarker = QStringLiteral("Hekman/twincities");
} // namespace

DatasetWriter::DatasetWriter(const Database &database)
    : m_database(database), m_places(database), m_pairings(database), m_exchanges(database),
      m_sources(database),
      m_lastPlace(RecordTables::highestIdGiven(database, QStringLiteral("places"))),
      m_lastPairing(RecordTables::highestIdGiven(database, QStringLiteral("pairings"))),
      m_lastSource(RecordTables::highestIdGiven(database, QStringLiteral("sources"))),
      m_lastExchange(RecordTables::highestIdGiven(database, QStringLiteral("exchanges")))
{}

void DatasetWriter::knowDatabase()
{
    for (const QString &country : {china, QStringLiteral("US")}) {
        for (const Place &place : m_places.inCountry(country)) {
            m_placesBefore.insert(place.id);
            m_heldPlaces.insert(place.id, place);
            m_placesByName.insert(join(place.countryCode, place.nameEn), place.id);
            m_kindOf.insert(place.id, place.kind);
            m_nameOf.insert(place.id, place.nameEn);
            m_parentOf.insert(place.id, place.parentId);
            if (!place.regionCode.isEmpty()) {
                m_regionIds.insert(place.id);
                m_regions.insert(join(place.countryCode, place.nameEn), place.id);
                // US states are named by their postal code ("US-MO": "MO").
                if (place.countryCode != china)
                    m_regions.insert(join(place.countryCode, place.regionCode.mid(3)), place.id);
            } else {
                m_placesByKey.insert(join(join(place.countryCode, place.kind),
                                          join(place.nameEn, QString::number(place.parentId))),
                                     place.id);
            }
        }
    }
    for (const auto &[id, chinese, us] : m_pairings.placePairs()) {
        m_pairingsBefore.insert(join(QString::number(chinese), QString::number(us)), id);
        m_pairingsByNames.insert(join(m_nameOf.value(chinese), m_nameOf.value(us)), id);
        m_placesOfPairing.insert(id, {chinese, us});
    }
    m_knowsDatabase = true;
    for (const Source &source : m_sources.all())
        m_sourceIds.insert(source.url.isEmpty() ? source.title : source.url, source.id);
}

qint64 DatasetWriter::pairingKnownBefore(qint64 chinesePlaceId, qint64 usPlaceId) const
{
    return m_pairingsBefore.value(
        join(QString::number(chinesePlaceId), QString::number(usPlaceId)));
}

void DatasetWriter::addRegion(const Place &region, const QString &postalCode)
{
    const qint64 id = insertPlace(region);
    m_regions.insert(join(region.countryCode, region.nameEn), id);
    if (!postalCode.isEmpty())
        m_regions.insert(join(region.countryCode, postalCode), id);
}

qint64 DatasetWriter::region(const QString &countryCode, const QString &name) const
{
    return m_regions.value(join(countryCode, name));
}

DatasetWriter::PlaceChoice DatasetWriter::choosePlace(Place place, const QString &kind,
                                                      const QString &regionName,
                                                      const RowReader &row,
                                                      const QString &nameColumn,
                                                      const QString &regionColumn) const
{
    const bool chinese = place.countryCode == china;
    if (kind == Vocabulary::key(Vocabulary::Level::ProvinceState)) {
        // The place is a province or state itself: the region table already holds it.
        qint64 id = region(place.countryCode, place.nameEn);
        if (!id && !chinese)
            id = region(place.countryCode, regionName);
        if (!id) {
            row.fail(nameColumn, chinese ? tr("“%1” is not a Chinese province.").arg(place.nameEn)
                                         : tr("“%1” is not a US state.").arg(place.nameEn));
        }
        return {id, place, {}};
    }
    if (!regionName.isEmpty()) {
        place.parentId = region(place.countryCode, regionName);
        if (!place.parentId) {
            row.fail(regionColumn, chinese ? tr("“%1” is not a Chinese province.").arg(regionName)
                                           : tr("“%1” is not a US state code.").arg(regionName));
        }
    }
    place.kind = kind;
    const QString key = join(join(place.countryCode, place.kind),
                             join(place.nameEn, QString::number(place.parentId)));
    // In an import, a place of another kind than the row says, but of the same name in the
    // same province or state, is the same place (the data calls a county a city at times). A
    // row that names no province or state means the place of that name the database holds, if
    // it holds one; if several, the row must say which.
    if (m_knowsDatabase && !m_placesByKey.contains(key)) {
        QList<qint64> candidates;
        for (const qint64 id : m_placesByName.values(join(place.countryCode, place.nameEn))) {
            if (m_placesBefore.contains(id) && !m_regionIds.contains(id) &&
                (regionName.isEmpty() || m_parentOf.value(id) == place.parentId))
                candidates << id;
        }
        if (candidates.size() == 1)
            return {candidates.first(), place, {}};
        if (candidates.size() > 1) {
            row.fail(regionColumn, chinese ? tr("several places are called “%1”: give its "
                                                "province.")
                                                 .arg(place.nameEn)
                                           : tr("several places are called “%1”: give its "
                                                "state.")
                                                 .arg(place.nameEn));
        }
    }
    return {m_placesByKey.value(key), place, key};
}

qint64 DatasetWriter::placeFor(const PlaceChoice &choice)
{
    if (!choice.id) {
        const qint64 id = insertPlace(choice.place);
        m_placesByKey.insert(choice.key, id);
        return id;
    }
    // A place the database held before keeps what it has (merging may fill in what it lacks:
    // mergePlace). One made by this import takes the first coordinates a row gives it.
    const qsizetype planned = m_planned.placeIndex.value(choice.id, -1);
    if (planned >= 0 && choice.place.hasCoordinates()) {
        Place &place = m_planned.places[planned];
        if (!place.hasCoordinates()) {
            place.latitude = choice.place.latitude;
            place.longitude = choice.place.longitude;
        }
    }
    return choice.id;
}

qint64 DatasetWriter::addPlace(const PlaceChoice &choice, int line)
{
    const qint64 id = placeFor(choice);
    m_placeLines.insert(id, line);
    return id;
}

qint64 DatasetWriter::insertPlace(Place place)
{
    // The English names of Chinese places in the data are their pinyin.
    if (place.countryCode == china && place.pinyin.isEmpty())
        place.pinyin = SearchText::fold(place.nameEn);
    place.id = ++m_lastPlace;
    m_placesByName.insert(join(place.countryCode, place.nameEn), place.id);
    m_kindOf.insert(place.id, place.kind);
    m_nameOf.insert(place.id, place.nameEn);
    m_planned.placeIndex.insert(place.id, m_planned.places.size());
    m_planned.places.append(place);
    return place.id;
}

int DatasetWriter::lineOfPairing(qint64 chinesePlaceId, qint64 usPlaceId) const
{
    return m_pairingLines.value(join(QString::number(chinesePlaceId), QString::number(usPlaceId)));
}

qint64 DatasetWriter::addPairing(Pairing pairing, int line)
{
    pairing.id = ++m_lastPairing;
    if (!m_keepsOrigins)
        pairing.origin.clear();
    m_pairingLines.insert(
        join(QString::number(pairing.chinesePlaceId), QString::number(pairing.usPlaceId)), line);
    m_pairingsByNames.insert(
        join(m_nameOf.value(pairing.chinesePlaceId), m_nameOf.value(pairing.usPlaceId)),
        pairing.id);
    m_placesOfPairing.insert(pairing.id, {pairing.chinesePlaceId, pairing.usPlaceId});
    m_planned.pairings.append(pairing);
    return pairing.id;
}

qint64 DatasetWriter::sourceFor(Source source)
{
    const QString key = source.url.isEmpty() ? source.title : source.url;
    if (const qint64 known = m_sourceIds.value(key))
        return known;
    source.id = ++m_lastSource;
    m_sourceIds.insert(key, source.id);
    m_planned.sources.append(source);
    return source.id;
}

void DatasetWriter::citeForPairing(qint64 pairingId, const QString &urls, const QString &notes)
{
    // A cell may hold several addresses, separated by spaces (as Bridges exports them); one
    // given twice is cited once.
    QStringList cited;
    for (const QString &url : urls.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (cited.contains(url))
            continue;
        cited << url;
        m_planned.citations.append({pairingId, sourceFor({0, {}, {}, url})});
    }
    if (notes.contains(twinListMarker)) {
        Source list;
        // Stored data, in the language of the dataset, not translated with the interface.
        list.title = QStringLiteral("Twin-town list “twin.csv”, compiled from Wikipedia's lists "
                                    "of twin towns (names and coordinates)");
        list.publisher = QStringLiteral("Hekman/twincities, MIT licence");
        m_planned.citations.append({pairingId, sourceFor(list)});
    }
}

qint64 DatasetWriter::exchangeKnownBefore(const Exchange &exchange) const
{
    return m_knowsDatabase ? m_exchanges.sameTitleAndDate(exchange) : 0;
}

bool DatasetWriter::mergePlace(qint64 id, const Place &row, int line, const QString &nameZhField,
                               const QString &latitudeField, const QString &longitudeField)
{
    const Place held = m_heldPlaces.value(id);
    const QString table = QStringLiteral("places");
    bool fills = m_merges.fill(table, id, held.rowVersion, QStringLiteral("name_zh"),
                               Sql::nullIfEmpty(held.nameZh), Sql::nullIfEmpty(row.nameZh), line,
                               nameZhField);
    // Coordinates go together: both filled, or neither.
    if (!held.hasCoordinates() && row.hasCoordinates()) {
        fills |= m_merges.fill(table, id, held.rowVersion, QStringLiteral("latitude"), {},
                               *row.latitude, line, latitudeField);
        m_merges.fill(table, id, held.rowVersion, QStringLiteral("longitude"), {}, *row.longitude,
                      line, longitudeField);
    } else if (held.hasCoordinates() && row.hasCoordinates()) {
        m_merges.fill(table, id, held.rowVersion, QStringLiteral("latitude"), *held.latitude,
                      *row.latitude, line, latitudeField);
        m_merges.fill(table, id, held.rowVersion, QStringLiteral("longitude"), *held.longitude,
                      *row.longitude, line, longitudeField);
    }
    return fills;
}

bool DatasetWriter::mergePairing(qint64 id, const Pairing &row, const QString &urls, int line)
{
    const std::optional<Pairing> held = m_pairings.byId(id);
    if (!held)
        return false;
    const QString table = QStringLiteral("pairings");
    bool fills = m_merges.fill(table, id, held->rowVersion, QStringLiteral("established"),
                               Sql::nullIfEmpty(held->established.toIso()),
                               Sql::nullIfEmpty(row.established.toIso()), line,
                               QStringLiteral("established"));
    fills |= m_merges.fill(table, id, held->rowVersion, QStringLiteral("status"),
                           Sql::nullIfEmpty(held->status), Sql::nullIfEmpty(row.status), line,
                           QStringLiteral("status"));
    // Notes are long and worded differently by each source: filled in, never compared.
    if (held->notes.isEmpty())
        fills |= m_merges.fill(table, id, held->rowVersion, QStringLiteral("notes"), {},
                               Sql::nullIfEmpty(row.notes), line, QStringLiteral("note"));
    fills |= citeIfMissing(QStringLiteral("pairing_sources"), id, m_sources.forPairing(id), urls);
    return fills;
}

bool DatasetWriter::mergeExchange(qint64 id, const Exchange &row, const QString &urls, int line)
{
    const std::optional<Exchange> held = m_exchanges.byId(id);
    if (!held)
        return false;
    const QString table = QStringLiteral("exchanges");
    bool fills =
        m_merges.fill(table, id, held->rowVersion, QStringLiteral("end_date"),
                      Sql::nullIfEmpty(held->endDate.toIso()),
                      Sql::nullIfEmpty(row.endDate.toIso()), line, QStringLiteral("end_date"));
    fills |= m_merges.fill(table, id, held->rowVersion, QStringLiteral("participants"),
                           Sql::nullIfEmpty(held->participants), Sql::nullIfEmpty(row.participants),
                           line, QStringLiteral("participants"));
    // Places and descriptions are worded differently by each source: filled in, not compared.
    if (held->location.isEmpty())
        fills |= m_merges.fill(table, id, held->rowVersion, QStringLiteral("location"), {},
                               Sql::nullIfEmpty(row.location), line, QStringLiteral("location"));
    if (held->description.isEmpty())
        fills |=
            m_merges.fill(table, id, held->rowVersion, QStringLiteral("description"), {},
                          Sql::nullIfEmpty(row.description), line, QStringLiteral("description"));
    fills |= citeIfMissing(QStringLiteral("exchange_sources"), id, m_sources.forExchange(id), urls);
    return fills;
}

bool DatasetWriter::citeIfMissing(const QString &table, qint64 ownerId, const QList<Source> &cited,
                                  const QString &urls)
{
    bool missing = false;
    for (const QString &url : urls.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const bool citedAlready = std::any_of(cited.begin(), cited.end(),
                                              [&url](const Source &s) { return s.url == url; });
        if (citedAlready)
            continue;
        missing = true;
        if (m_merge)
            m_merges.cite(table, ownerId, sourceFor({0, {}, {}, url}));
    }
    return missing;
}

int DatasetWriter::lineOfExchange(const Exchange &exchange, int line)
{
    const QString key = join(exchange.title.toLower(), exchange.date.toIso());
    const int earlier = m_exchangeLines.value(key);
    if (!earlier)
        m_exchangeLines.insert(key, line);
    return earlier;
}

QStringList DatasetWriter::addExchange(Exchange exchange, const QStringList &chineseNames,
                                       const QStringList &usNames, const QString &urls)
{
    if (m_knowsDatabase) {
        QStringList unknown;
        for (const QString &name : chineseNames) {
            if (!m_placesByName.contains(join(china, name)))
                unknown << name;
        }
        for (const QString &name : usNames) {
            if (!m_placesByName.contains(join(QStringLiteral("US"), name)))
                unknown << name;
        }
        if (!unknown.isEmpty())
            return unknown;
    }
    exchange.id = ++m_lastExchange;
    if (!m_keepsOrigins)
        exchange.origin.clear();
    QSet<qint64> pairedPlaces;
    for (const QString &chinese : chineseNames) {
        for (const QString &us : usNames) {
            for (const qint64 pairing : m_pairingsByNames.values(join(chinese, us))) {
                if (!exchange.pairingIds.contains(pairing))
                    exchange.pairingIds << pairing;
                pairedPlaces << m_placesOfPairing.value(pairing).first
                             << m_placesOfPairing.value(pairing).second;
            }
        }
    }
    QSet<qint64> linked;
    for (const QString &name : chineseNames)
        linked << placeNamedInExchange(china, name, pairedPlaces);
    for (const QString &name : usNames)
        linked << placeNamedInExchange(QStringLiteral("US"), name, pairedPlaces);
    for (const qint64 place : std::as_const(linked))
        m_planned.exchangePlaces.append({exchange.id, place});
    std::sort(exchange.pairingIds.begin(), exchange.pairingIds.end());
    // A cell may hold several addresses, separated by spaces (as Bridges exports them).
    for (const QString &url : urls.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qint64 source = sourceFor({0, {}, {}, url});
        if (!exchange.sourceIds.contains(source))
            exchange.sourceIds << source;
    }
    std::sort(exchange.sourceIds.begin(), exchange.sourceIds.end());
    m_planned.exchanges.append(exchange);
    return {};
}

qint64 DatasetWriter::placeNamedInExchange(const QString &countryCode, const QString &name,
                                           const QSet<qint64> &pairedPlaces)
{
    const QList<qint64> candidates = m_placesByName.values(join(countryCode, name));
    for (const qint64 id : candidates) {
        if (pairedPlaces.contains(id))
            return id;
    }
    if (candidates.size() == 1)
        return candidates.first();
    for (const qint64 id : candidates) {
        if (m_kindOf.value(id) == Vocabulary::key(Vocabulary::Level::City))
            return id;
    }
    if (!candidates.isEmpty())
        return candidates.first();
    // A place that no pairing names (a conference host, say): known only by name and country.
    Place place;
    place.countryCode = countryCode;
    place.nameEn = name;
    return insertPlace(place);
}

FilledValues DatasetWriter::write(const PairingRows::Progress &progress)
{
    qsizetype total = m_planned.places.size() + m_planned.pairings.size() +
                      m_planned.sources.size() + m_planned.citations.size() +
                      m_planned.exchanges.size() + m_planned.exchangePlaces.size();
    for (const Exchange &exchange : m_planned.exchanges)
        total += exchange.pairingIds.size() + exchange.sourceIds.size();
    qsizetype done = 0;
    const RowBatch::Watch watch = [&](qsizetype rows) {
        done += rows;
        if (progress && !progress(int(done), int(total)))
            throw PairingRows::Cancelled();
    };
    m_places.insert(m_planned.places, watch);
    m_pairings.insert(m_planned.pairings, watch);
    m_sources.insert(m_planned.sources, watch);
    m_sources.citeForPairings(m_planned.citations, watch);
    m_exchanges.insert(m_planned.exchanges, watch);
    m_exchanges.linkPlaces(m_planned.exchangePlaces, watch);
    if (!m_merge)
        return {};
    return FilledValues::write(m_database, m_merges.fills(), m_merges.citations());
}

BundledDataset::Counts DatasetWriter::counts() const
{
    return {int(m_planned.places.size()), int(m_planned.pairings.size()),
            int(m_planned.exchanges.size()), int(m_planned.sources.size())};
}
