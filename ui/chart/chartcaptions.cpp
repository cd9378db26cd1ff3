// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/chartcaptions.h"

#include "app/appinfo.h"
#include "app/models/breakdownmodel.h"
#include "app/models/timelineseries.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace ChartCaptions {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ChartCaptions", text);
}

QString pairings(qint64 n)
{
    return n == 1 ? tr("1 pairing") : tr("%1 pairings").arg(QLocale().toString(n));
}

QString exchanges(qint64 n)
{
    return n == 1 ? tr("1 exchange") : tr("%1 exchanges").arg(QLocale().toString(n));
}

} // namespace

QString leftOut(const TimelineSeries &model)
{
    QStringList parts;
    const qint64 pairingsUnknown = model.pairingsOfUnknownYear();
    const qint64 exchangesUnknown = model.exchangesOfUnknownYear();
    if (pairingsUnknown && exchangesUnknown) {
        parts << tr("Not shown: %1 and %2 whose year is not known.")
                     .arg(pairings(pairingsUnknown), exchanges(exchangesUnknown));
    } else if (pairingsUnknown || exchangesUnknown) {
        parts << tr("Not shown: %1 whose year is not known.")
                     .arg(pairingsUnknown ? pairings(pairingsUnknown)
                                          : exchanges(exchangesUnknown));
    }
    const qint64 outsidePairings = model.pairingsOutsideYears();
    const qint64 outsideExchanges = model.exchangesOutsideYears();
    if (outsidePairings || outsideExchanges) {
        parts << tr("Outside %1–%2: %3 and %4 (the running total counts the earlier ones).")
                     .arg(model.firstYear())
                     .arg(model.lastYear())
                     .arg(pairings(outsidePairings), exchanges(outsideExchanges));
    }
    // Said, so that a reader who knows the totals does not take them for missing.
    const int official = model.officialTotalsFilteredOut();
    if (official == 1) {
        parts << tr("The official total is not drawn: it counts every China–US pair, and the "
                    "filters keep only some.");
    } else if (official > 1) {
        parts << tr("The official totals are not drawn: they count every China–US pair, and the "
                    "filters keep only some.");
    }
    return parts.join(QLatin1Char(' '));
}

ChartCaption timeline(const TimelineSeries &model, const QString &pairingName,
                      const QString &subtitle, const QString &databaseName)
{
    const bool byField = model.split() == TimelineSeries::Split::Field;
    QString title = byField ? tr("Exchanges by field and new pairings per year, %1–%2")
                            : tr("Exchanges by mode and new pairings per year, %1–%2");
    title = title.arg(model.firstYear()).arg(model.lastYear());
    if (!pairingName.isEmpty())
        title = tr("%1: %2").arg(pairingName, title);
    QString line = source(databaseName);
    const QString missing = leftOut(model);
    if (!missing.isEmpty())
        line = missing + QLatin1Char(' ') + line;
    return {title, subtitle, line};
}

ChartCaption breakdown(const BreakdownModel &model, const QString &subtitle,
                       const QString &databaseName)
{
    return {tr("%1 (%2 in all)").arg(model.title(), QLocale().toString(model.total())), subtitle,
            source(databaseName)};
}

QString source(const QString &databaseName)
{
    return tr("Source: %1, made with Bridges %2 on %3. The shipped records come from "
              "Hekman/twincities (Wikipedia's twin-town lists) and the public web pages cited "
              "with each record; they are incomplete.")
        .arg(databaseName, QLatin1String(AppInfo::version),
             QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
}

} // namespace ChartCaptions
