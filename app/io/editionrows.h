// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/io/csvreader.h"
#include "app/io/dataedition.h"

#include <QHash>
#include <QStringList>

#include <optional>

// The rows of one shipped edition, each found by its id in the edition: a pairing's ("p0001"),
// an exchange's ("e0001"), an official total's (the date it was reported). The first edition
// gave no ids; the next one gave each of its rows the id of its place in the file ("rows keep
// their old order, new rows get new ids", as the data's SOURCES.md says), and the first
// edition's rows are read with those ids. Throws DataError when a file cannot be read.
class EditionRows
{
public:
    explicit EditionRows(const DataEdition &edition);

    const DataEdition &edition() const { return m_edition; }
    const CsvReader &pairings() const { return *m_pairings; }
    const CsvReader &events() const { return *m_events; }
    // Empty when the edition has no official totals.
    const std::optional<CsvReader> &officialCounts() const { return m_officialCounts; }

    // The ids of each kind of record, in the files' order.
    const QStringList &pairingIds() const { return m_pairingIds; }
    const QStringList &eventIds() const { return m_eventIds; }
    const QStringList &officialCountIds() const { return m_officialCountIds; }
    // The row of a record, or -1 when the edition has none of that id.
    int pairingRow(const QString &id) const { return m_pairingRows.value(id, -1); }
    int eventRow(const QString &id) const { return m_eventRows.value(id, -1); }
    int officialCountRow(const QString &id) const { return m_officialCountRows.value(id, -1); }

private:
    DataEdition m_edition;
    std::optional<CsvReader> m_pairings;
    std::optional<CsvReader> m_events;
    std::optional<CsvReader> m_officialCounts;
    QStringList m_pairingIds;
    QStringList m_eventIds;
    QStringList m_officialCountIds;
    QHash<QString, int> m_pairingRows;
    QHash<QString, int> m_eventRows;
    QHash<QString, int> m_officialCountRows;
};
