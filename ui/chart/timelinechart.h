// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChart>
#include <QSet>

class AxisTitles;
class CountAxis;
class OfficialLabels;
class QBarSet;
class QCategoryAxis;
class QLineSeries;
class QScatterSeries;
class QXYSeries;
class TimelineSeries;

// The timeline drawn from a TimelineSeries: a stacked bar per year (one band per field or
// mode), the pairings established each year as diamonds and the running total of the pairings
// with a known year as a line on its own axis, with the official totals beside it on that axis
// as stars at their dates, each labelled (OfficialLabels); the axis reaches the highest of them,
// so the gap between the line and the totals shows. The two count axes are titled level over
// their tops (AxisTitles), whole in either language. Year labels are thinned to every 2, 5 or 10
// years as the width asks, so none is cut to "...", and the count axes keep as many labels as
// the height holds. Series can be hidden by key (on screen the ChartLegend does it); hovering
// and clicking a year are announced for the view to act on. Rebuilt whenever the model resets.
class TimelineChart : public QChart
{
    Q_OBJECT
public:
    explicit TimelineChart(const TimelineSeries *model, QGraphicsItem *parent = nullptr);

    // Series hidden by their key (a field or mode, "established", "cumulative" or "official").
    QSet<QString> hiddenKeys() const { return m_hidden; }
    void setHiddenKeys(const QSet<QString> &keys);
    void setDark(bool dark);
    // The year of a bar or point, and what a tooltip says about it.
    QString describeYear(int year) const;
    // Every how many years a label stands (1, 2, 5, 10 ...).
    int labelStep() const { return m_labelStep; }
    // The official totals' labels, when the chart draws any.
    const OfficialLabels *officialLabels() const { return m_officialLabels; }
    // The titles of the count axes, over the plot.
    const AxisTitles *axisTitles() const { return m_axisTitles; }

signals:
    void yearHovered(int year); // 0 when the pointer leaves
    void yearClicked(int year);

private:
    void rebuild();
    void addBars();
    void addPairings();
    void addOfficialTotals();
    void announceYears(QXYSeries *series);
    void fitToPlot();
    void labelYears();
    void placeOfficialLabels();
    void placeAxisTitles();
    void styleMarkers();

    const TimelineSeries *m_model;
    QSet<QString> m_hidden;
    bool m_dark = false;
    int m_labelStep = 0;
    int m_ticks = 0;
    qreal m_perYearMost = 0;
    qreal m_totalMost = 0;
    QCategoryAxis *m_years = nullptr;
    CountAxis *m_perYear = nullptr;
    CountAxis *m_total = nullptr;
    QLineSeries *m_totalLine = nullptr;
    QScatterSeries *m_official = nullptr;
    OfficialLabels *m_officialLabels = nullptr;
    AxisTitles *m_axisTitles = nullptr;
};
