// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/sourcetext.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QMessageBox>
#include <QStringList>
#include <QUrl>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SourceText", text);
}
} // namespace

namespace SourceText {

QString links(const QList<Source> &sources)
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

void open(const QUrl &url, QWidget *from)
{
    if (QDesktopServices::openUrl(url))
        return;
    QMessageBox box(QMessageBox::Warning, tr("Bridges"),
                    tr("The link could not be opened: no web browser answered. Its address is "
                       "below; copy it into a browser to open it."),
                    QMessageBox::Ok, from ? from->window() : nullptr);
    box.setObjectName(QStringLiteral("linkNotOpenedBox"));
    box.setInformativeText(url.toDisplayString());
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

} // namespace SourceText
