// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/partialdate.h"
#include "app/domain/source.h"

#include <QList>
#include <QString>
#include <QStringList>

// One exchange programme or event. It may belong to one or more pairings, or to none (a
// multilateral event such as a China–US Sister Cities Conference).
struct Exchange
{
    qint64 id = 0;
    PartialDate date;
    PartialDate endDate;
    QString title;
    QString field; // Vocabulary::Field key
    QString mode;  // Vocabulary::Mode key
    QString location;
    QString description;
    QString participants;
    // What it is linked to, by id, each list in ascending order.
    QList<qint64> pairingIds;
    QList<qint64> institutionIds;
    QList<qint64> sourceIds;
    // The id a shipped edition gives it ("e0001"); empty for one a user made. Not compared.
    QString origin;
    int rowVersion = 0; // as read; an edit is refused if the record has moved on since

    friend bool operator==(const Exchange &a, const Exchange &b)
    {
        return a.id == b.id && a.date == b.date && a.endDate == b.endDate && a.title == b.title &&
               a.field == b.field && a.mode == b.mode && a.location == b.location &&
               a.description == b.description && a.participants == b.participants &&
               a.pairingIds == b.pairingIds && a.institutionIds == b.institutionIds &&
               a.sourceIds == b.sourceIds;
    }
};

// A pairing as an exchange refers to it.
struct PairingReference
{
    qint64 id = 0;
    QString chineseName;
    QString usName;
};

// Everything the exchange detail pane shows about one exchange.
struct ExchangeDetail
{
    Exchange exchange;
    QList<PairingReference> pairings;
    QStringList places;
    QStringList institutions;
    QList<Source> sources;
};
