// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/partialdate.h"
#include "app/domain/place.h"
#include "app/io/dataerror.h"
#include "app/io/texttable.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Reads one row of a TextTable, each value checked; a bad value is a DataError naming the file,
// the line and the column. By default the first one is thrown at once. Reading a user's file,
// the values' problems are collected instead, so that a row with a bad level and a bad date is
// told both at once: check() (or any fail()) then throws BadValues with every one of them.
class RowReader
{
public:
    enum class OnBadValue { Throw, Collect };
    // Every problem of one row, in the order its values were read.
    struct BadValues
    {
        QList<DataError> problems;
    };

    RowReader(const TextTable &table, int row, OnBadValue onBadValue = OnBadValue::Throw)
        : m_table(table), m_row(row), m_onBadValue(onBadValue)
    {}

    QString text(const QString &column) const { return m_table.value(m_row, column); }
    QString required(const QString &column) const;
    // A vocabulary key, one of allowed (e.g. Vocabulary::levelKeys()); the message of one that
    // is not lists them.
    QString key(const QString &column, const QStringList &allowed) const;
    PartialDate date(const QString &column) const; // empty: unknown
    // A whole number from minimum up; empty: unknown.
    std::optional<int> number(const QString &column, int minimum) const;
    std::optional<double> coordinate(const QString &column, double limit) const;
    void coordinates(const QString &latColumn, const QString &lonColumn, Place *place) const;
    // A bad value the caller found: thrown, or kept for check().
    void problem(const QString &column, const QString &reason) const;
    // A problem of the row as a whole (a place not found, a row given twice): thrown at once,
    // with the values' problems collected so far.
    [[noreturn]] void fail(const QString &column, const QString &reason) const;
    // Throws BadValues when a value was bad (collecting); a row goes on to be written only
    // after this.
    void check() const;
    bool hasProblem(const QString &column) const;

private:
    const TextTable &m_table;
    int m_row;
    OnBadValue m_onBadValue;
    mutable QList<DataError> m_problems;
};
