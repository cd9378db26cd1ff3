// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/mapmodel.h"

#include "app/domain/vocabulary.h"
#include "app/geo/greatcircle.h"
#include "app/storage/storageerror.h"

#include <QtMath>

namespace {
// Enough points that the longest arc across the Pacific still looks like a curve.
constexpr int arcSegments = 48;
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
    try {
        m_pairings = MapStore::pairings(m_database, m_filter);
    } catch (const StorageError &e) {
        m_pairings.clear();
        emit errorOccurred(e.message());
    }
    m_index.clear();
    m_arcs.clear();
    m_spots.clear();
    m_unplaced = 0;
    QHash<qint64, qsizetype> spotOf; // place id -> index in m_spots
    const auto spot = [&](qint64 placeId, QPointF lonLat, const QString &name,
                          const QString &nameZh) {
        qsizetype index = spotOf.value(placeId, -1);
        if (index < 0) {
            index = m_spots.size();
            spotOf.insert(placeId, index);
            m_spots.append({placeId, toMap(lonLat), name, nameZh, 0});
        }
        ++m_spots[index].pairings;
    };
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
        // The arc begins on the map; its longitudes run on from there without a jump.
        QList<QPointF> lonLat = GreatCircle::path(*pairing.chinese, *pairing.us, arcSegments);
        const double shift = m_projection.wrapped(lonLat.first().x()) - lonLat.first().x();
        Arc arc{pairing.id, pairing.level == provincial, {}};
        arc.path.reserve(lonLat.size());
        double west = 0;
        double east = 0;
        for (const QPointF &point : std::as_const(lonLat)) {
            arc.path << m_projection.project({point.x() + shift, point.y()});
            west = std::min(west, arc.path.last().x());
            east = std::max(east, arc.path.last().x());
        }
        m_arcs << arc;
        // Past an edge of the map: again from the other edge, so that both ends are shown.
        if (west < -M_PI || east > M_PI) {
            const double turn = west < -M_PI ? 2 * M_PI : -2 * M_PI;
            for (QPointF &point : arc.path)
                point.rx() += turn;
            m_arcs << arc;
        }
    }
    emit changed();
}
