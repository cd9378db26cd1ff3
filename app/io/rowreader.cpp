// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/rowreader.h"

#include "app/io/dataerror.h"

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
        fail(column, tr("a value is required."));
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
        fail(column, error);
    return date;
}

std::optional<int> RowReader::number(const QString &column, int minimum) const
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < minimum)
        fail(column, tr("“%1” is not a whole number of at least %2.").arg(value).arg(minimum));
    return number;
}

std::optional<double> RowReader::coordinate(const QString &column, double limit) const
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || number < -limit || number > limit)
        fail(column, tr("“%1” is not a number between -%2 and %2.").arg(value).arg(limit));
    return number;
}

void RowReader::coordinates(const QString &latColumn, const QString &lonColumn, Place *place) const
{
    place->latitude = coordinate(latColumn, 90);
    place->longitude = coordinate(lonColumn, 180);
    if (place->latitude.has_value() != place->longitude.has_value())
        fail(latColumn, tr("latitude and longitude must both be given or both be empty."));
}

void RowReader::fail(const QString &column, const QString &reason) const
{
    throw DataError(m_table.fileName(), m_table.lineOf(m_row), column, reason);
}

void RowReader::failNotAllowed(const QString &column, const QString &value) const
{
    fail(column, tr("“%1” is not one of the allowed values.").arg(value));
}
