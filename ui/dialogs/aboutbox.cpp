// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/aboutbox.h"

#include "app/appinfo.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AboutBox", text);
}
} // namespace

namespace AboutBox {

QString text(qint64 pairings, const std::optional<OfficialCount> &latest)
{
    QString incomplete;
    if (latest) {
        const QLocale locale;
        incomplete = tr("<p>The list is incomplete: this database holds %1 of %2 officially "
                        "counted pairs (the official total of %3).</p>")
                         .arg(locale.toString(pairings), locale.toString(latest->total),
                              latest->date.toDisplayString(locale));
    }
    return tr("<h3>Bridges %1</h3>"
              "<p>Browse, chart and edit the sister-city and sister-province/state pairings "
              "between China and the United States, and the exchanges between them.</p>"
              "<p><b>Data shipped with the program</b></p>"
              "<ul>"
              "<li>City and district pairings and their coordinates: the twin-town list "
              "<i>twin.csv</i> of the repository Hekman/twincities (MIT licence), compiled "
              "from Wikipedia's lists of twin towns (text under CC BY-SA; only names and "
              "coordinates are used).</li>"
              "<li>Province/state pairings, dates of establishment and exchanges: public web "
              "pages of governments, sister-city associations and news outlets, each cited "
              "with its pairing or exchange. Dates are given only where a page states them; "
              "unknown dates stay unknown.</li>"
              "<li>Provinces, states and map outlines: Natural Earth (public domain). Natural "
              "Earth draws boundaries as they are controlled on the ground.</li>"
              "</ul>"
              "%2"
              "<p>Bridges is free software under the GNU General Public License, version 3 "
              "or later.</p>")
        .arg(QLatin1String(AppInfo::version), incomplete);
}

void show(QWidget *parent, qint64 pairings, const std::optional<OfficialCount> &latest)
{
    QMessageBox::about(parent, tr("About Bridges"), text(pairings, latest));
}

} // namespace AboutBox
