// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/partialdate.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <tuple>

namespace {
constexpr int earliestYear = 1000;
constexpr int latestYear = 9999;

QString tr(const char *text)
{
    return QCoreApplication::translate("PartialDate", text);
}
} // namespace

PartialDate PartialDate::year(int year)
{
    return fromIso(QString::number(year));
}

PartialDate PartialDate::month(int year, int month)
{
    if (month < 1 || month > 12)
        return {};
    return fromIso(QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0')));
}

PartialDate PartialDate::day(int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid())
        return {};
    return fromIso(date.toString(Qt::ISODate));
}

PartialDate PartialDate::fromIso(const QString &text, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return PartialDate();
    };
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch match = shape.match(trimmed);
    if (!match.hasMatch()) {
        return fail(tr("“%1” is not a date: write a year (1979), a year and month (1980-01) "
                       "or a full date (2023-11-03).")
                        .arg(trimmed));
    }
    const int y = match.captured(1).toInt();
    const int m = match.hasCaptured(2) ? match.captured(2).toInt() : 0;
    const int d = match.hasCaptured(3) ? match.captured(3).toInt() : 0;
    if (y < earliestYear || y > latestYear)
        return fail(tr("The year %1 is out of range.").arg(y));
    if (match.hasCaptured(2) && (m < 1 || m > 12))
        return fail(
            tr("“%1”: month %2 does not exist; months run from 01 to 12.").arg(trimmed).arg(m));
    if (match.hasCaptured(3) && !QDate(y, m, d).isValid())
        return fail(tr("“%1”: day %2 does not exist in that month.").arg(trimmed).arg(d));
    if (error)
        error->clear();
    return PartialDate(y, m, d);
}

PartialDate::Precision PartialDate::precision() const
{
    if (m_day)
        return Precision::Day;
    if (m_month)
        return Precision::Month;
    return Precision::Year;
}

QString PartialDate::toIso() const
{
    if (isNull())
        return {};
    QString iso = QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    if (m_month)
        iso += QStringLiteral("-%1").arg(m_month, 2, 10, QLatin1Char('0'));
    if (m_day)
        iso += QStringLiteral("-%1").arg(m_day, 2, 10, QLatin1Char('0'));
    return iso;
}

QString PartialDate::toDisplayString(const QLocale &locale) const
{
    if (isNull())
        return {};
    // Chinese writes dates largest part first with its own unit characters: 1980年1月.
    const bool chinese = locale.language() == QLocale::Chinese;
    switch (precision()) {
    case Precision::Year:
        return chinese ? QStringLiteral("%1年").arg(m_year) : QString::number(m_year);
    case Precision::Month:
        if (chinese)
            return QStringLiteral("%1年%2月").arg(m_year).arg(m_month);
        //: Date format (QDate) for a date known to the month, e.g. "Jan 1980".
        return locale.toString(firstDay(), tr("MMM yyyy"));
    case Precision::Day:
        if (chinese)
            return QStringLiteral("%1年%2月%3日").arg(m_year).arg(m_month).arg(m_day);
        //: Date format (QDate) for a full date, e.g. "3 Nov 2023".
        return locale.toString(firstDay(), tr("d MMM yyyy"));
    }
    return {};
}

QDate PartialDate::firstDay() const
{
    if (isNull())
        return {};
    return QDate(m_year, m_month ? m_month : 1, m_day ? m_day : 1);
}

bool operator<(const PartialDate &a, const PartialDate &b)
{
    if (a.isNull() || b.isNull())
        return !a.isNull() && b.isNull();
    return std::tie(a.m_year, a.m_month, a.m_day) < std::tie(b.m_year, b.m_month, b.m_day);
}
