// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/rowreader.h"

#include <algorithm>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RowReader", text);
}
} // namespace

QString RowReader::required(const QString &column) const
{
    const QString value = text(column);
    if (value.isEmpty())
        problem(column, tr("a value is required."));
    return value;
}

QString RowReader::key(const QString &column, const QStringList &allowed) const
{
    const QString value = text(column);
    if (!allowed.contains(value)) {
        // In alphabetical order, to be found at a glance.
        QStringList sorted = allowed;
        std::sort(sorted.begin(), sorted.end());
        problem(column,
                tr("“%1” is not one of: %2.").arg(value, sorted.join(QStringLiteral(", "))));
    }
    return value;
}

PartialDate RowReader::date(const QString &column) const
{
    const QString value = text(column);
    if (value.isEmpty())
        return {};
    QString error;
    const PartialDate date = PartialDate::fromIso(value, &error);
    if (date.isNull())
        problem(column, error);
    return date;
}

std::optional<int> RowReader::number(const QString &column, int minimum) const
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < minimum) {
        problem(column, tr("“%1” is not a whole number of at least %2.").arg(value).arg(minimum));
        return std::nullopt;
    }
    return number;
}

std::optional<double> RowReader::coordinate(const QString &column, double limit) const
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || number < -limit || number > limit) {
        problem(column, tr("“%1” is not a number between -%2 and %2.").arg(value).arg(limit));
        return std::nullopt;
    }
    return number;
}

void RowReader::coordinates(const QString &latColumn, const QString &lonColumn, Place *place) const
{
    place->latitude = coordinate(latColumn, 90);
    place->longitude = coordinate(lonColumn, 180);
    // A bad one is told as such, not again as missing.
    if (hasProblem(latColumn) || hasProblem(lonColumn))
        return;
    if (place->latitude.has_value() != place->longitude.has_value())
        problem(latColumn, tr("latitude and longitude must both be given or both be empty."));
}

void RowReader::fail(const QString &column, const QString &reason) const
{
    const DataError error(m_table.fileName(), m_table.lineOf(m_row), column, reason);
    if (m_onBadValue == OnBadValue::Throw)
        throw error;
    m_problems << error;
    throw BadValues{m_problems};
}

void RowReader::check() const
{
    if (!m_problems.isEmpty())
        throw BadValues{m_problems};
}

bool RowReader::hasProblem(const QString &column) const
{
    return std::any_of(m_problems.begin(), m_problems.end(),
                       [&column](const DataError &e) { return e.field() == column; });
}

void RowReader::problem(const QString &column, const QString &reason) const
{
    if (m_onBadValue == OnBadValue::Throw)
        fail(column, reason);
    m_problems << DataError(m_table.fileName(), m_table.lineOf(m_row), column, reason);
}
