// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class Database;

// The records a database holds, read as a data edition's rows describe them (the places'
// names, province, state and coordinates beside each pairing, the addresses it cites), so that
// an edition can be compared with them field by field (EditionUpdate). Reading only.
namespace HeldRecords {

struct HeldPlace
{
    qint64 id = 0;
    QString nameEn;
    QString nameZh;
    QString kind;
    QString region; // the Chinese province's English name, or the US state's postal code
    std::optional<double> latitude;
    std::optional<double> longitude;
    int rowVersion = 0;
};

struct HeldPairing
{
    qint64 id = 0;
    QString origin;
    QString level;
    QString relation;
    QString established;
    QString status;
    QString notes;
    int rowVersion = 0;
    HeldPlace chinese;
    HeldPlace us;
    QStringList urls; // of the sources it cites
};

struct HeldExchange
{
    qint64 id = 0;
    QString origin;
    QString date;
    QString title;
    QString field;
    QString mode;
    QString location;
    QString description;
    int rowVersion = 0;
    QStringList urls;
};

// Every pairing that wanted keeps (all when none is given): a database of thirty thousand
// pairings is read through without holding those not wanted.
QList<HeldPairing> pairings(const Database &database,
                            const std::function<bool(const HeldPairing &)> &wanted = {});
// The exchanges a shipped edition gave (those with an origin).
QList<HeldExchange> shippedExchanges(const Database &database);
// The exchange of this id.
std::optional<HeldExchange> exchange(const Database &database, qint64 id);
// How many records name the place besides one pairing: other pairings, exchanges,
// institutions, places inside it.
int otherUses(const Database &database, qint64 placeId, qint64 pairingId);
// The province (by English name) or state (by postal code) of that country, or 0.
qint64 regionId(const Database &database, const QString &countryCode, const QString &region);
// The place of this country, English name (any case) and province or state (as HeldPlace
// names it; empty: none) that is not a province or state itself, or 0.
qint64 placeIn(const Database &database, const QString &countryCode, const QString &nameEn,
               const QString &region);

} // namespace HeldRecords
