// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/commands.h"

#include <QLocale>
#include <QString>

// The import dialog's account of a preview, in words: what the import adds, the rows with
// problems, the rows of records the database holds (left out, or merged), and what merging
// them would fill in.
namespace ImportSummary {

QString text(const Commands::ImportPreview &preview, ImportKind kind, const QLocale &locale);

} // namespace ImportSummary
