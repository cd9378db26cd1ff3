// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/dataedition.h"

namespace {
DataEdition inResources(const QString &name, bool officialCounts)
{
    const QString folder = QStringLiteral(":/data/editions/%1/").arg(name);
    return {name, folder + QStringLiteral("pairings.csv"), folder + QStringLiteral("events.csv"),
            officialCounts ? folder + QStringLiteral("official-counts.csv") : QString()};
}
} // namespace

QList<DataEdition> DataEdition::shipped()
{
    // A new edition: its folder under resources/data/editions, its files in app/CMakeLists.txt,
    // and a line here.
    return {inResources(first(), false), inResources(QStringLiteral("2026-12"), true)};
}

DataEdition DataEdition::latest()
{
    return shipped().constLast();
}

std::optional<DataEdition> DataEdition::named(const QString &name)
{
    for (const DataEdition &edition : shipped()) {
        if (edition.name == name)
            return edition;
    }
    return std::nullopt;
}
