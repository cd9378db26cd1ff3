// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantMap>

// What the user has narrowed the lists down to. Every criterion left empty (or 0) matches
// everything; the criteria combine with AND. Pairing criteria (level ... gap) and
// exchange criteria (field, mode, exchange years) apply across: the pairings list keeps
// pairings that have a matching exchange, the exchanges list keeps exchanges of a matching
// pairing. A year range leaves out records whose year is unknown.
struct Filter
{
    enum class HasExchanges { Any, Yes, No };

    QString search;
    QString level;    // Vocabulary::Level key
    QString relation; // Vocabulary::Relation key
    QString status;   // Vocabulary::Status key, or unknownStatus
    QString province; // ISO 3166-2 code of a Chinese province ("CN-JS")
    QString state;    // ISO 3166-2 code of a US state ("US-MO")
    int establishedFrom = 0;
    int establishedTo = 0;
    QString gap;   // Completeness gap key ("no-year"): pairings whose records lack something
    QString field; // Vocabulary::Field key
    QString mode;  // Vocabulary::Mode key
    int exchangeFrom = 0;
    int exchangeTo = 0;
    HasExchanges hasExchanges = HasExchanges::Any;

    // The status value that selects pairings whose status no source records.
    static QString unknownStatus() { return QStringLiteral("unknown"); }

    bool isEmpty() const { return *this == Filter(); }
    bool hasPairingCriteria() const;
    bool hasExchangeCriteria() const;

    QVariantMap toMap() const;
    static Filter fromMap(const QVariantMap &map);

    friend bool operator==(const Filter &a, const Filter &b);
    friend bool operator!=(const Filter &a, const Filter &b) { return !(a == b); }
};
