// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

// A date known to the year, the month or the day: "1979", "1980-01", "2023-11-03".
// Invariant: a non-null PartialDate is always a real calendar date at its precision; the
// parts below its precision are zero. The ISO text it stores sorts in date order (a year sorts
// before its months, a month before its days), so the database can sort it as text.
class PartialDate
{
public:
    enum class Precision { Year, Month, Day };

    PartialDate() = default; // unknown
    static PartialDate year(int year);
    static PartialDate month(int year, int month);
    static PartialDate day(int year, int month, int day);

    // Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD". On failure returns a null date and, if
    // error is given, a sentence saying what is wrong with the text.
    static PartialDate fromIso(const QString &text, QString *error = nullptr);

    bool isNull() const { return m_year == 0; }
    Precision precision() const;
    int yearPart() const { return m_year; }
    int monthPart() const { return m_month; }
    int dayPart() const { return m_day; }

    QString toIso() const;
    // "1979", "Jan 1980", "3 Nov 2023" in the given locale; empty when unknown.
    QString toDisplayString(const QLocale &locale = QLocale()) const;
    QDate firstDay() const;

    friend bool operator==(const PartialDate &a, const PartialDate &b)
    {
        return a.m_year == b.m_year && a.m_month == b.m_month && a.m_day == b.m_day;
    }
    friend bool operator!=(const PartialDate &a, const PartialDate &b) { return !(a == b); }
    // Date order; an unknown date sorts after every known one.
    friend bool operator<(const PartialDate &a, const PartialDate &b);

private:
    PartialDate(int year, int month, int day) : m_year(year), m_month(month), m_day(day) {}
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};
