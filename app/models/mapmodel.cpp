// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/mapmodel.h"

#include "app/domain/vocabulary.h"
#include "app/geo/greatcircle.h"
#include "app/models/sharedtexts.h"
#include "app/storage/storageerror.h"

#include <QtConcurrent/QtConcurrentMap>
#include <QtMath>

namespace {
// Enough points that the longest arc across the Pacific still looks like a curve.
constexpr int arcSegments = 48;

// The great-circle arc between two places on the map: one line, or two where it runs past an
// edge of the map (its shortest way runs west, over the Arctic or Europe), the second a turn
// apart, coming in again at the other edge, so that both ends are shown.
QList<ArcPath> arcPieces(const Projection &projection, QPointF chinese, QPointF us)
{
    // The arc begins on the map; its longitudes run on from there without a jump.
    const QList<QPointF> lonLat = GreatCircle::path(chinese, us, arcSegments);
    const double shift = projection.wrapped(lonLat.first().x()) - lonLat.first().x();
    QList<QPointF> path;
    path.reserve(lonLat.size());
    double west = 0;
    double east = 0;
    for (const QPointF &point : lonLat) {
        path << projection.project({point.x() + shift, point.y()});
        west = std::min(west, path.last().x());
        east = std::max(east, path.last().x());
    }
    if (west >= -M_PI && east <= M_PI)
        return {ArcPath(path)};
    QList<QPointF> again = path;
    const double turn = west < -M_PI ? 2 * M_PI : -2 * M_PI;
    for (QPointF &point : again)
        point.rx() += turn;
    return {ArcPath(path), ArcPath(again)};
}
} // namespace

MapModel::MapModel(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{}

void MapModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    refresh();
}

QPointF MapModel::toMap(QPointF lonLat) const
{
    return m_projection.project({m_projection.wrapped(lonLat.x()), lonLat.y()});
}

QRectF MapModel::chinaAndUs() const
{
    // From Xinjiang's west to Maine's east, from Hainan to 80° N, above most arcs' highest.
    return QRectF(toMap({73.5, 18.0}), toMap({-66.9, 80.0})).normalized();
}

const MapPairing *MapModel::pairing(qint64 id) const
{
    const qsizetype index = m_index.value(id, -1);
    return index < 0 ? nullptr : &m_pairings.at(index);
}

void MapModel::setWanted(bool wanted)
{
    m_wanted = wanted;
    if (m_wanted && m_stale)
        refresh();
}

void MapModel::refresh()
{
    m_stale = true;
    if (!m_wanted)
        return;
    m_stale = false;
    // What was shown goes before what is to be shown is read: thirty thousand pairings are not
    // held twice.
    m_pairings.clear();
    m_index.clear();
    m_arcs.clear();
    m_spots.clear();
    m_unplaced = 0;
    try {
        m_pairings = MapStore::pairings(m_database, m_filter);
    } catch (const StorageError &e) {
        emit errorOccurred(e.message());
    }
    SharedTexts texts; // a level, a date, a place's names: held once however many pairings
    for (MapPairing &pairing : m_pairings) {
        for (QString *text : {&pairing.level, &pairing.established, &pairing.chineseName,
                              &pairing.chineseNameZh, &pairing.usName})
            texts.share(*text);
    }
    QHash<qint64, qsizetype> spotOf; // place id -> index in m_spots
    const auto spot = [&](qint64 placeId, QPointF lonLat, const QString &name,
                          const QString &nameZh) {
        qsizetype index = spotOf.value(placeId, -1);
        if (index < 0) {
            index = m_spots.size();
            spotOf.insert(placeId, index);
            m_spots.append({placeId, toMap(lonLat), name, nameZh, 0, lonLat});
        }
        ++m_spots[index].pairings;
    };
    // Arcs are made once per pairing and kept while its places stay where they are: a new
    // filter only picks among them. New ones are made on every core.
    QList<qsizetype> missing;
    for (qsizetype i = 0; i < m_pairings.size(); ++i) {
        const MapPairing &pairing = m_pairings.at(i);
        if (!pairing.chinese || !pairing.us)
            continue;
        const auto kept = m_arcsKept.constFind(pairing.id);
        if (kept == m_arcsKept.cend() || kept->chinese != *pairing.chinese ||
            kept->us != *pairing.us)
            missing << i;
    }
    const QList<KeptArc> made = QtConcurrent::blockingMapped(missing, [this](qsizetype i) {
        const MapPairing &pairing = m_pairings.at(i);
        return KeptArc{*pairing.chinese, *pairing.us,
                       arcPieces(m_projection, *pairing.chinese, *pairing.us)};
    });
    for (qsizetype i = 0; i < missing.size(); ++i)
        m_arcsKept.insert(m_pairings.at(missing.at(i)).id, made.at(i));

    const QString provincial = Vocabulary::key(Vocabulary::Level::ProvinceState);
    for (qsizetype i = 0; i < m_pairings.size(); ++i) {
        const MapPairing &pairing = m_pairings.at(i);
        m_index.insert(pairing.id, i);
        if (!pairing.chinese || !pairing.us) {
            ++m_unplaced;
            continue;
        }
        spot(pairing.chinesePlaceId, *pairing.chinese, pairing.chineseName, pairing.chineseNameZh);
        spot(pairing.usPlaceId, *pairing.us, pairing.usName, QString());
        for (const ArcPath &piece : m_arcsKept.value(pairing.id).pieces)
            m_arcs << Arc{pairing.id, pairing.level == provincial, piece};
    }
    emit changed();
}
