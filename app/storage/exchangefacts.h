// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class Database;

// What the charts and counts need of every exchange (its year, field and mode) and which
// pairings each belongs to, held in memory as of one state of the database. Under a filter on
// pairings or a search, counting exchanges by year and field in SQL reads a row of the
// exchanges table for each one kept: a second and more at a million exchanges. A tally kept
// per pairing would not help, since a pairing's exchanges rarely share a year and a field.
// Here the exchanges kept are marked in a set of bits and counted from a few bytes each, in a
// few milliseconds; the filter's criteria on pairings and its search words are still answered
// by the database (KeptExchanges), which is quick at that.
//
// A snapshot is good while the database's exchange_facts_stamp (migration 009) is the one it
// was read with: ExchangeFactsCache reads a new one when it is not.
class ExchangeFacts
{
public:
    // Exchanges as a set of their ids.
    class Selection
    {
    public:
        void insert(qint64 id);
        void intersect(const Selection &other);
        friend class ExchangeFacts;

    private:
        std::vector<quint64> m_bits;
    };

    // How many exchanges fall in one year (0: not known) and one part (a field or a mode).
    struct Count
    {
        int year = 0;
        QString part;
        qint64 exchanges = 0;
    };
    enum class Split { Field, Mode };

    // Reads the facts in one reading transaction; throws StorageError. Null when they cannot be
    // held this way (ids spread too thinly to index, or more fields or modes than a byte
    // counts), or when the connection is already inside a transaction: the caller counts in
    // SQL then.
    static std::shared_ptr<const ExchangeFacts> read(const Database &database);
    // The database's stamp now, as read with this connection; throws StorageError.
    static qint64 stampOf(const Database &database);

    qint64 stamp() const { return m_stamp; }
    qint64 exchangeCount() const { return m_exchanges; }
    // The memory held, in bytes.
    qint64 size() const;

    Selection none() const;
    Selection all() const;
    // Adds the exchanges that belong to this pairing; to any pairing.
    void addExchangesOf(qint64 pairingId, Selection *selection) const;
    void addExchangesOfAnyPairing(Selection *selection) const;

    // The exchanges of the selection that meet the filter's criteria on exchanges (field, mode,
    // years; its other criteria are the selection's business), counted per year and part,
    // ordered by year then part; or all together.
    QList<Count> countByYear(const Selection &selection, const Filter &filter, Split split) const;
    qint64 count(const Selection &selection, const Filter &filter) const;

private:
    ExchangeFacts() = default;
    struct Criteria;
    Criteria criteriaOf(const Filter &filter) const;
    template <typename Visit> void visit(const Selection &selection, Visit visit) const;

    qint64 m_stamp = 0;
    qint64 m_exchanges = 0;
    // Indexed by exchange id: 0 when there is none; else 1 << 31 | year << 16 | field << 8 | mode.
    std::vector<quint32> m_facts;
    QStringList m_fields;
    QStringList m_modes;
    int m_latestYear = 0;
    // The pairings that have exchanges, ascending, and theirs: m_linked[m_linkStart[i] ..
    // m_linkStart[i + 1]) are the exchange ids of m_pairings[i].
    std::vector<qint64> m_pairings;
    std::vector<quint32> m_linkStart;
    std::vector<quint32> m_linked;
};
