// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/exchange.h"
#include "app/domain/pairing.h"
#include "app/domain/place.h"
#include "app/io/bundleddataset.h"
#include "app/storage/exchangestore.h"
#include "app/storage/pairingstore.h"
#include "app/storage/placestore.h"
#include "app/storage/sourcestore.h"

#include <QHash>
#include <QSet>

class RowReader;

// Writes the rows of a dataset through the stores, turning names into records: one place per
// country, kind, name and province/state, one source per URL. It remembers what it wrote, so
// that later rows find the places and pairings of earlier ones without asking the database.
class DatasetWriter
{
public:
    explicit DatasetWriter(const Database &database);

    // Learns the records the database holds already (provinces and states, places, pairings,
    // sources), so that rows name them rather than make them again: for an import into a
    // database in use. The places it knows keep their coordinates as they are.
    void knowDatabase();
    // The pairing of these two places the database held before, or 0.
    qint64 pairingKnownBefore(qint64 chinesePlaceId, qint64 usPlaceId) const;

    void addRegion(const Place &region, const QString &postalCode);
    // The id of the place a pairing row names, creating it if needed. level is the pairing's
    // level; regionName the province (by English name) or state (by postal code) it lies in.
    // Names that match no province or state are reported through the row reader.
    qint64 placeFor(Place place, const QString &level, const QString &regionName,
                    const RowReader &row, const QString &nameColumn, const QString &regionColumn);
    // The line of an earlier pairing of the same two places, or 0.
    int lineOfPairing(qint64 chinesePlaceId, qint64 usPlaceId) const;
    qint64 addPairing(const Pairing &pairing, int line);
    void citeForPairing(qint64 pairingId, const QString &urls, const QString &notes);
    // Adds an exchange, linked to every known pairing between the Chinese and US places it
    // names, to the places themselves, and to its source. A name no place has makes a place
    // known only by its name and country, unless the database was learnt (knowDatabase): then
    // nothing is added and the unknown names are returned.
    QStringList addExchange(const Exchange &exchange, const QStringList &chineseNames,
                            const QStringList &usNames, const QString &url);
    // Whether the database held an exchange of this title (whatever its case) and date before
    // the import (exchanges the import itself wrote are not counted).
    bool exchangeKnownBefore(const Exchange &exchange) const;
    // The line of an earlier row of the same title and date in this file, or 0; remembers this
    // one's line otherwise.
    int lineOfExchange(const Exchange &exchange, int line);

    BundledDataset::Counts counts() const { return m_counts; }

private:
    qint64 region(const QString &countryCode, const QString &name) const;
    qint64 sourceFor(const Source &source);
    qint64 placeNamedInExchange(const QString &countryCode, const QString &name,
                                const QSet<qint64> &pairedPlaces);
    qint64 insertPlace(Place place);

    PlaceStore m_places;
    PairingStore m_pairings;
    ExchangeStore m_exchanges;
    SourceStore m_sources;
    QHash<QString, qint64> m_regions;           // "CN|Jiangsu", "US|MO"
    QHash<QString, qint64> m_placesByKey;       // "country|kind|name|parent"
    QMultiHash<QString, qint64> m_placesByName; // "country|name"
    QHash<qint64, QString> m_kindOf;
    QHash<QString, int> m_pairingLines;            // "chinese|us" -> line
    QMultiHash<QString, qint64> m_pairingsByNames; // "Chinese name|US name"
    QHash<qint64, QPair<qint64, qint64>> m_placesOfPairing;
    QHash<QString, qint64> m_sourceIds;      // by URL or title
    QHash<QString, qint64> m_pairingsBefore; // "chinese|us" place ids, from knowDatabase()
    QSet<qint64> m_placesBefore;             // their coordinates are left alone
    QSet<qint64> m_regionIds;                // the provinces and states among them
    bool m_knowsDatabase = false;
    qint64 m_exchangesBefore = 0;        // the highest exchange id before the import
    QHash<QString, int> m_exchangeLines; // "title|date" -> line, in this file
    BundledDataset::Counts m_counts;
};
