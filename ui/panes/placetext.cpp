// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/placetext.h"

#include "app/domain/placenaming.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PlaceText", text);
}

QString nameWithChinese(const Place &place)
{
    QString text = place.nameEn.toHtmlEscaped();
    if (!place.nameZh.isEmpty())
        text += QLatin1Char(' ') + place.nameZh.toHtmlEscaped();
    return text;
}
} // namespace

namespace PlaceText {

QString coordinates(const Place &place)
{
    if (!place.hasCoordinates())
        return {};
    const QLocale locale;
    const double lat = *place.latitude;
    const double lon = *place.longitude;
    const QString latText = locale.toString(std::abs(lat), 'f', 3);
    const QString lonText = locale.toString(std::abs(lon), 'f', 3);
    const QString latitude = lat >= 0 ? tr("%1° N").arg(latText) : tr("%1° S").arg(latText);
    const QString longitude = lon >= 0 ? tr("%1° E").arg(lonText) : tr("%1° W").arg(lonText);
    return tr("%1, %2").arg(latitude, longitude);
}

QString describe(const Place &place, const Place &region)
{
    const bool isRegion = !place.regionCode.isEmpty();
    const bool chinese = place.countryCode == QLatin1String("CN");
    QString regionText;
    if (isRegion)
        regionText = chinese ? tr("province-level division") : tr("state");
    else if (region.id)
        regionText = nameWithChinese(region);
    else
        regionText = chinese ? tr("province not recorded") : tr("state not recorded");
    const QString position =
        place.hasCoordinates() ? coordinates(place).toHtmlEscaped() : tr("coordinates not known");
    return tr("<b>%1</b><br>%2 · %3").arg(nameWithChinese(place), regionText, position);
}

QString bothNames(const QString &nameEn, const QString &nameZh)
{
    return PlaceNaming::shown(nameEn, nameZh, PlaceNaming::Style::Both);
}

} // namespace PlaceText
