// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/aboutbox.h"

#include "app/appinfo.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AboutBox", text);
}
} // namespace

namespace AboutBox {

QString text()
{
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
              "<p>The list is incomplete: the official count was 284 pairs in 2023.</p>"
              "<p>Bridges is free software under the GNU General Public License, version 3 "
              "or later.</p>")
        .arg(QLatin1String(AppInfo::version));
}

void show(QWidget *parent)
{
    QMessageBox::about(parent, tr("About Bridges"), text());
}

} // namespace AboutBox
