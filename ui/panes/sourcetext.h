// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/source.h"

#include <QList>
#include <QString>

class QUrl;
class QWidget;

// Sources as the detail panes show them: rich text, every value HTML-escaped.
namespace SourceText {

// One line per source, shown by its title (and publisher) or its URL; web pages are links,
// anything else (a file: or script URL in the data) is shown as plain text.
QString links(const QList<Source> &sources);
// Opens a source's link in the web browser. When none answers (no browser set, a desktop
// without one), the address is shown in a message over from's window, to be copied from
// there: QLabel's own opening would tell only the terminal.
void open(const QUrl &url, QWidget *from);

} // namespace SourceText
