// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/partialdate.h"
#include "app/domain/place.h"
#include "app/domain/source.h"

#include <QList>
#include <QString>

// A sister or friendship relation between a Chinese and a US place. The established date keeps
// the precision its source gives, and stays unknown when no source gives one; status is empty
// when no source states it.
struct Pairing
{
    qint64 id = 0;
    qint64 chinesePlaceId = 0;
    qint64 usPlaceId = 0;
    QString relation; // Vocabulary::Relation key
    QString level;    // Vocabulary::Level key
    PartialDate established;
    QString status; // Vocabulary::Status key, or empty when unknown
    QString notes;
    // The id a shipped edition gives it ("p0001"), by which a later edition corrects it; empty
    // for a pairing a user made. Not edited, so not compared.
    QString origin;
    int rowVersion = 0; // as read; an edit is refused if the record has moved on since

    friend bool operator==(const Pairing &a, const Pairing &b)
    {
        return a.id == b.id && a.chinesePlaceId == b.chinesePlaceId && a.usPlaceId == b.usPlaceId &&
               a.relation == b.relation && a.level == b.level && a.established == b.established &&
               a.status == b.status && a.notes == b.notes;
    }
    friend bool operator!=(const Pairing &a, const Pairing &b) { return !(a == b); }
};

// One exchange as a pairing's detail lists it.
struct ExchangeSummary
{
    qint64 id = 0;
    PartialDate date;
    QString title;
    QString field; // Vocabulary::Field key
    QString mode;  // Vocabulary::Mode key
};

// Everything the detail pane shows about one pairing.
struct PairingDetail
{
    Pairing pairing;
    Place chinesePlace;
    Place chineseRegion; // the province the Chinese place lies in, if known
    Place usPlace;
    Place usRegion; // the state the US place lies in, if known
    QList<ExchangeSummary> exchanges;
    QList<Source> sources;
};
