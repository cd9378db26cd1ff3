// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChart>
#include <QSet>

class QBarSet;
class QCategoryAxis;
class QValueAxis;
class TimelineSeries;

// The timeline drawn from a TimelineSeries: a stacked bar per year (one band per field or
// mode), the pairings established each year as diamonds and the running total of pairings as a
// line on its own axis. Year labels are thinned to every 2, 5 or 10 years as the width asks, so
// none is cut to "...", and the count axes keep as many labels as the height holds. Series can
// be hidden by key (on screen the ChartLegend does it); hovering and clicking a year are
// announced for the view to act on. Rebuilt whenever the model resets.
class TimelineChart : public QChart
{
    Q_OBJECT
public:
    explicit TimelineChart(const TimelineSeries *model, QGraphicsItem *parent = nullptr);

    // Series hidden by their key (a field or mode, "established" or "cumulative").
    QSet<QString> hiddenKeys() const { return m_hidden; }
    void setHiddenKeys(const QSet<QString> &keys);
    void setDark(bool dark);
    // The year of a bar or point, and what a tooltip says about it.
    QString describeYear(int year) const;
    // Every how many years a label stands (1, 2, 5, 10 ...).
    int labelStep() const { return m_labelStep; }

signals:
    void yearHovered(int year); // 0 when the pointer leaves
    void yearClicked(int year);

private:
    void rebuild();
    void addBars();
    void addPairings();
    void labelYears();
    void styleMarkers();

    const TimelineSeries *m_model;
    QSet<QString> m_hidden;
    bool m_dark = false;
    int m_labelStep = 0;
    int m_ticks = 0;
    qreal m_perYearMost = 0;
    qreal m_totalMost = 0;
    QCategoryAxis *m_years = nullptr;
    QValueAxis *m_perYear = nullptr;
    QValueAxis *m_total = nullptr;
};
