// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/chart/chartfile.h"

class BreakdownModel;
class TimelineSeries;

// The captions of the charts in files: a title naming what is counted and over which years,
// the subtitle given (the filters, or the one pairing shown), and a source line that also says
// which records the chart leaves out and why.
namespace ChartCaptions {

// pairingName: the pairing shown when the timeline shows one ("Nanjing – St. Louis"), else
// empty. databaseName: the file or server the records come from.
ChartCaption timeline(const TimelineSeries &model, const QString &pairingName,
                      const QString &subtitle, const QString &databaseName);
ChartCaption breakdown(const BreakdownModel &model, const QString &subtitle,
                       const QString &databaseName);
// "Not shown: 125 pairings and 3 exchanges whose year is not known.", and that the official
// totals are not drawn when the filters keep a part of the record; or empty.
QString leftOut(const TimelineSeries &model);
// The line under a chart or a map in a file: the database, the program and the date, and where
// the records come from.
QString source(const QString &databaseName);

} // namespace ChartCaptions
