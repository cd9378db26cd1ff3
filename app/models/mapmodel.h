// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filter.h"
#include "app/geo/projection.h"
#include "app/models/arcpath.h"
#include "app/storage/mapstore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>

class Database;

// What the map shows of the pairings a filter keeps, in the map's coordinates (Projection):
// each pairing whose two places have coordinates as a great-circle arc (most cross the
// Pacific; a few run the other way round), each place with the
// number of pairings it has, and how many pairings it cannot place, with which places lack
// coordinates. Nothing is placed where no source puts it. Read again on setFilter and refresh,
// while the map is wanted (in view); otherwise when it is wanted again.
class MapModel : public QObject
{
    Q_OBJECT
public:
    struct Arc
    {
        qint64 pairingId = 0;
        bool provincial = false; // a province–state pairing, drawn apart from city pairings
        ArcPath path;            // map coordinates, one line without a jump
        // An arc that leaves the map at one edge (one whose shortest way runs west, over the
        // Arctic or Europe) comes in again at the other: it is listed twice, a turn apart.
    };
    struct Spot
    {
        qint64 placeId = 0;
        QPointF at; // map coordinates
        QString name;
        QString nameZh;
        int pairings = 0;
        QPointF lonLat; // longitude and latitude in degrees, as the sources give them
    };

    explicit MapModel(const Database &database, QObject *parent = nullptr);

    void setFilter(const Filter &filter);
    void refresh();
    // Whether anyone looks at the map: a map not in view is read when it comes into view.
    void setWanted(bool wanted);
    const Filter &filter() const { return m_filter; }
    const Projection &projection() const { return m_projection; }
    // A longitude and latitude as the map places them: on the map, or beside it by a turn.
    QPointF toMap(QPointF lonLat) const;
    // China and the US whole, with most of the arcs between them (which rise over the Bering
    // Sea and Alaska; a few over the pole), in map coordinates: what "Fit China–US" shows.
    QRectF chinaAndUs() const;

    const QList<MapPairing> &pairings() const { return m_pairings; }
    const QList<Arc> &arcs() const { return m_arcs; }
    const QList<Spot> &spots() const { return m_spots; }
    const MapPairing *pairing(qint64 id) const;
    // The pairings the filter keeps that the map cannot draw: a place without coordinates.
    int unplaced() const { return m_unplaced; }

signals:
    void changed();
    void errorOccurred(const QString &message);

private:
    const Database &m_database;
    Projection m_projection;
    Filter m_filter;
    QList<MapPairing> m_pairings;
    QHash<qint64, qsizetype> m_index; // pairing id -> index in m_pairings
    QList<Arc> m_arcs;
    struct KeptArc
    {
        QPointF chinese, us; // the places' longitude and latitude it was made for
        QList<ArcPath> pieces;
    };
    QHash<qint64, KeptArc> m_arcsKept; // pairing id -> its arc, kept across filters
    QList<Spot> m_spots;
    int m_unplaced = 0;
    bool m_wanted = true;
    bool m_stale = true;
};
