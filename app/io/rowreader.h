// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/partialdate.h"
#include "app/domain/place.h"
#include "app/io/texttable.h"

#include <QString>

#include <optional>

// Reads one row of a TextTable, each value checked; a bad value throws DataError naming the
// file, the line and the column.
class RowReader
{
public:
    RowReader(const TextTable &table, int row) : m_table(table), m_row(row) {}

    QString text(const QString &column) const { return m_table.value(m_row, column); }
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
    // A whole number from minimum up; empty: unknown.
    std::optional<int> number(const QString &column, int minimum) const;
    std::optional<double> coordinate(const QString &column, double limit) const;
    void coordinates(const QString &latColumn, const QString &lonColumn, Place *place) const;
    [[noreturn]] void fail(const QString &column, const QString &reason) const;

private:
    [[noreturn]] void failNotAllowed(const QString &column, const QString &value) const;

    const TextTable &m_table;
    int m_row;
};
