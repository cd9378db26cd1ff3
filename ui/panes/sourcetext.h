// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/source.h"

#include <QList>
#include <QString>

// Sources as the detail panes show them: rich text, every value HTML-escaped.
namespace SourceText {

// One line per source, shown by its title (and publisher) or its URL; web pages are links,
// anything else (a file: or script URL in the data) is shown as plain text.
QString links(const QList<Source> &sources);

} // namespace SourceText
