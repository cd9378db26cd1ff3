// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filter.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

class Database;

// A pairing as the map draws it: its two places with their coordinates (longitude, latitude in
// degrees) where a source gives them, and what a tooltip says of it.
struct MapPairing
{
    qint64 id = 0;
    QString level; // Vocabulary::Level key: province_state pairings are drawn apart
    QString established;
    qint64 chinesePlaceId = 0;
    QString chineseName;
    QString chineseNameZh;
    std::optional<QPointF> chinese;
    qint64 usPlaceId = 0;
    QString usName;
    std::optional<QPointF> us;
};

// Reads the pairings a filter keeps, for the map.
namespace MapStore {

// In id order. Throws StorageError.
QList<MapPairing> pairings(const Database &database, const Filter &filter);

} // namespace MapStore
