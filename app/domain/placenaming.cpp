// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/placenaming.h"

#include <atomic>

namespace PlaceNaming {
namespace {
// Read by the models' threads too (background counts and charts name places).
std::atomic<Style> chosen{Style::Both};
} // namespace

Style style()
{
    return chosen.load();
}

void setStyle(Style style)
{
    chosen.store(style);
}

QString shown(const QString &nameEn, const QString &nameZh)
{
    return shown(nameEn, nameZh, style());
}

QString shown(const QString &nameEn, const QString &nameZh, Style style)
{
    if (nameZh.isEmpty() || style == Style::English)
        return nameEn;
    if (style == Style::Chinese || nameEn.isEmpty())
        return nameZh;
    return nameEn + QLatin1Char(' ') + nameZh;
}

} // namespace PlaceNaming
