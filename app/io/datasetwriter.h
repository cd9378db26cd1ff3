// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/exchange.h"
#include "app/domain/pairing.h"
#include "app/domain/place.h"
#include "app/io/bundleddataset.h"
#include "app/io/mergeplan.h"
#include "app/io/pairingrows.h"
#include "app/storage/exchangestore.h"
#include "app/storage/pairingstore.h"
#include "app/storage/placestore.h"
#include "app/storage/sourcestore.h"

#include <QHash>
#include <QSet>

class RowReader;

// Turns the rows of a dataset into records, names into ids: one place per country, kind, name
// and province/state, one source per URL. It plans every record in memory first, each with
// the id it will have, so that later rows find the places and pairings of earlier ones without
// asking the database; write() then puts them all into the database at once. A preview plans
// and does not write.
class DatasetWriter
{
public:
    explicit DatasetWriter(const Database &database);

    // Learns the records the database holds already (provinces and states, places, pairings,
    // sources), so that rows name them rather than make them again: for an import into a
    // database in use. The places it knows keep their coordinates, unless merging fills in
    // those they lack.
    void knowDatabase();
    // The pairing of these two places the database held before, or 0.
    qint64 pairingKnownBefore(qint64 chinesePlaceId, qint64 usPlaceId) const;

    // Rows of records the database holds: left out (Skip), or merged into those records
    // (Merge), filling in what they do not know and citing the rows' sources too. Known values
    // are never replaced; where a row says otherwise, a difference is noted either way.
    enum class Duplicates { Skip, Merge };
    void setDuplicates(Duplicates duplicates) { m_merge = duplicates == Duplicates::Merge; }
    // Each says whether the row has something to fill in (or cite) on the record it repeats;
    // the fields name the row's columns, for the differences.
    bool mergePlace(qint64 id, const Place &row, int line, const QString &nameZhField,
                    const QString &latitudeField, const QString &longitudeField);
    bool mergePairing(qint64 id, const Pairing &row, const QString &urls, int line);
    bool mergeExchange(qint64 id, const Exchange &row, const QString &urls, int line);
    QList<PairingRows::Difference> differences() const { return m_merges.differences(); }
    // How many records held the merge fills in or cites something on.
    int filledRecords() const { return m_merges.recordCount(); }

    // Whether the records added keep the ids their rows give (the shipped data's "p0001",
    // "e0001") as their origin. Off for imports, whose "id" column (a Bridges export's) holds
    // another database's ids.
    void setKeepsOrigins(bool keeps) { m_keepsOrigins = keeps; }

    void addRegion(const Place &region, const QString &postalCode);

    // The place a pairing row names: one already known (by id), or one to make.
    struct PlaceChoice
    {
        qint64 id = 0;
        Place place; // to make when id is 0, or the coordinates the row gives
        QString key;
    };
    // Finds the place a row names, making nothing: kind is province_state for a province or
    // state itself (which must be there), else the kind a new place is given; regionName the
    // province (by English name) or state (by postal code or name) it lies in. Names that
    // match no province or state are reported through the row reader.
    PlaceChoice choosePlace(Place place, const QString &kind, const QString &regionName,
                            const RowReader &row, const QString &nameColumn,
                            const QString &regionColumn) const;
    // The id of the place chosen, making it if it is new.
    qint64 placeFor(const PlaceChoice &choice);
    // For a places file: whether the database held the place before; the line of the row that
    // made it in this file, or 0; the place of a row, made (placeFor) and its line kept.
    bool placeKnownBefore(qint64 id) const { return m_placesBefore.contains(id); }
    int lineOfPlace(qint64 id) const { return m_placeLines.value(id); }
    qint64 addPlace(const PlaceChoice &choice, int line);
    // The line of an earlier pairing of the same two places, or 0.
    int lineOfPairing(qint64 chinesePlaceId, qint64 usPlaceId) const;
    qint64 addPairing(Pairing pairing, int line);
    void citeForPairing(qint64 pairingId, const QString &urls, const QString &notes);
    // The source of this address: one held or planned, else one planned now.
    qint64 sourceOf(const QString &url) { return sourceFor({0, {}, {}, url}); }
    // Adds an exchange, linked to every known pairing between the Chinese and US places it
    // names, to the places themselves, and to its sources (urls: separated by spaces). A name
    // no place has makes a place
    // known only by its name and country, unless the database was learnt (knowDatabase): then
    // nothing is added and the unknown names are returned.
    QStringList addExchange(Exchange exchange, const QStringList &chineseNames,
                            const QStringList &usNames, const QString &urls);
    // The exchange of this title (whatever its case) and date the database held before, or 0.
    qint64 exchangeKnownBefore(const Exchange &exchange) const;
    // The line of an earlier row of the same title and date in this file, or 0; remembers this
    // one's line otherwise.
    int lineOfExchange(const Exchange &exchange, int line);

    // Writes every record planned, and when merging what is filled in on the records held;
    // call inside a transaction that writes. Throws StorageError; PairingRows::Cancelled when
    // progress returns false. Returns the values filled in, to be taken back.
    FilledValues write(const PairingRows::Progress &progress = {});
    BundledDataset::Counts counts() const;

private:
    qint64 region(const QString &countryCode, const QString &name) const;
    qint64 sourceFor(Source source);
    qint64 placeNamedInExchange(const QString &countryCode, const QString &name,
                                const QSet<qint64> &pairedPlaces);
    qint64 insertPlace(Place place);

    // Whether the record lacks a source of this address: then, when merging, it cites it.
    bool citeIfMissing(const QString &table, qint64 ownerId, const QList<Source> &cited,
                       const QString &urls);

    const Database &m_database;
    PlaceStore m_places;
    PairingStore m_pairings;
    ExchangeStore m_exchanges;
    SourceStore m_sources;
    QHash<QString, qint64> m_regions;           // "CN|Jiangsu", "US|MO"
    QHash<QString, qint64> m_placesByKey;       // "country|kind|name|parent"
    QMultiHash<QString, qint64> m_placesByName; // "country|name"
    QHash<qint64, QString> m_kindOf;
    QHash<qint64, QString> m_nameOf;
    QHash<qint64, qint64> m_parentOf;              // of the places the database held before
    QHash<qint64, int> m_placeLines;               // place -> line, in a places file
    QHash<QString, int> m_pairingLines;            // "chinese|us" -> line
    QMultiHash<QString, qint64> m_pairingsByNames; // "Chinese name|US name"
    QHash<qint64, QPair<qint64, qint64>> m_placesOfPairing;
    QHash<QString, qint64> m_sourceIds;      // by URL or title
    QHash<QString, qint64> m_pairingsBefore; // "chinese|us" place ids, from knowDatabase()
    QSet<qint64> m_placesBefore;             // their coordinates are left alone
    QHash<qint64, Place> m_heldPlaces;       // the places the database held, as read
    QSet<qint64> m_regionIds;                // the provinces and states among them
    bool m_knowsDatabase = false;
    bool m_merge = false;
    bool m_keepsOrigins = false;
    MergePlan m_merges;
    QHash<QString, int> m_exchangeLines; // "title|date" -> line, in this file

    // What write() will write, each record with its id.
    struct Planned
    {
        QList<Place> places;
        QHash<qint64, qsizetype> placeIndex; // id -> index in places
        QList<Pairing> pairings;
        QList<Source> sources;
        QList<QPair<qint64, qint64>> citations; // pairing, source
        QList<Exchange> exchanges;
        QList<QPair<qint64, qint64>> exchangePlaces; // exchange, place
    } m_planned;
    // The highest id of each table, planned or given before.
    qint64 m_lastPlace = 0;
    qint64 m_lastPairing = 0;
    qint64 m_lastSource = 0;
    qint64 m_lastExchange = 0;
};
