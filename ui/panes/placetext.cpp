// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/placetext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrl>

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

QString sourceLinks(const QList<Source> &sources)
{
    QStringList items;
    for (const Source &source : sources) {
        QString label = source.title.isEmpty() ? source.url : source.title;
        if (!source.publisher.isEmpty())
            label = tr("%1 (%2)").arg(label, source.publisher);
        // Only web pages become links: a file: or script URL in the data is shown as text.
        const QUrl url(source.url, QUrl::TolerantMode);
        const bool web = url.isValid() && (url.scheme() == QLatin1String("http") ||
                                           url.scheme() == QLatin1String("https"));
        if (web) {
            items << QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(QString::fromUtf8(url.toEncoded()).toHtmlEscaped(),
                              label.toHtmlEscaped());
        } else {
            items << label.toHtmlEscaped();
        }
    }
    return items.join(QStringLiteral("<br>"));
}

} // namespace PlaceText
