// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/partialdate.h"
#include "app/domain/place.h"
#include "app/io/csvreader.h"

#include <QString>

#include <optional>

// Reads one row of a CsvReader, each value checked; a bad value throws DataError naming the
// file, the line and the column.
class RowReader
{
public:
    RowReader(const CsvReader &csv, int row) : m_csv(csv), m_row(row) {}

    QString text(const QString &column) const { return m_csv.value(m_row, column); }
    QString required(const QString &column) const;
    // A vocabulary key, checked with parse (e.g. Vocabulary::levelFromKey).
    template <typename Parse> QString key(const QString &column, Parse parse) const
    {
        const QString value = text(column);
        if (!parse(value))
            failNotAllowed(column, value);
        return value;
    }
    PartialDate date(const QString &column) const; // empty: unknown
    std::optional<double> coordinate(const QString &column, double limit) const;
    void coordinates(const QString &latColumn, const QString &lonColumn, Place *place) const;
    [[noreturn]] void fail(const QString &column, const QString &reason) const;

private:
    [[noreturn]] void failNotAllowed(const QString &column, const QString &value) const;

    const CsvReader &m_csv;
    int m_row;
};
