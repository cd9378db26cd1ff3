// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

// One edition of the data Bridges ships: its files (resources/data/editions/NAME, copied from
// the dataset as published, never edited by hand) and its place in the order editions came in.
// Every edition the program has shipped stays in it, so that a database made from an older one
// can be compared with what that edition said (see EditionUpdate).
struct DataEdition
{
    QString name; // "first", "2026-12"; empty for files that are no edition (tests)
    QString pairings;
    QString events;
    QString officialCounts; // empty: the edition has none

    // The editions shipped, oldest first.
    static QList<DataEdition> shipped();
    static DataEdition latest();
    // The shipped edition of that name, if there is one.
    static std::optional<DataEdition> named(const QString &name);
    // The edition a database made before editions were named holds.
    static QString first() { return QStringLiteral("first"); }
    // What a database made empty on purpose (File > New Database…, Empty) says it holds: no
    // edition, and it is given none, though it has no places (DatabaseOpener).
    static QString none() { return QStringLiteral("none"); }
    // Whether its records carry the ids an edition gives them (every edition but the first).
    bool hasIds() const { return name != first(); }
};
