// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filter.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

// What `bridges export-chart` was asked for, read and checked from its command line before
// anything is opened or drawn.
struct ExportChartOptions
{
    QString chart = QStringLiteral("timeline"); // one of charts()
    QString format;                             // png, svg or pdf
    QString out;
    QString database; // empty: the user's database
    QSize size{1600, 900};
    bool sizeGiven = false; // else a statistic may be drawn taller, to name every part
    int dpi = 96;
    int yearFrom = 0; // the timeline's span; 0: as far as the records go
    int yearTo = 0;
    bool byMode = false;
    qint64 pairing = 0;
    QString title; // empty: the chart's own
    Filter filter;

    static QStringList charts(); // timeline, provinces, states, fields, modes, map
    static QStringList formats();

    // Reads arguments (the program's name first, then "export-chart"). Returns nothing when
    // the run is over already: help was printed (helpText set, error empty) or the line is
    // wrong (error says which option and why).
    static std::optional<ExportChartOptions> parse(const QStringList &arguments, QString *error,
                                                   QString *helpText);
};
