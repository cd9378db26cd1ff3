// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/timelinechart.h"

#include "app/models/roles.h"
#include "app/models/timelineseries.h"
#include "ui/chart/axistitles.h"
#include "ui/chart/chartpalette.h"
#include "ui/chart/countaxis.h"
#include "ui/chart/officiallabels.h"

#include <QBarLegendMarker>
#include <QBarSet>
#include <QCategoryAxis>
#include <QFontMetrics>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QtMath>

#include <algorithm>
#include <array>

namespace {
const QString establishedKey = QStringLiteral("established");
const QString cumulativeKey = QStringLiteral("cumulative");
} // namespace

TimelineChart::TimelineChart(const TimelineSeries *model, QGraphicsItem *parent)
    : QChart(parent), m_model(model)
{
    setAnimationOptions(QChart::NoAnimation);
    connect(model, &QAbstractItemModel::modelReset, this, &TimelineChart::rebuild);
    connect(this, &QChart::plotAreaChanged, this, &TimelineChart::fitToPlot);
    rebuild();
}

void TimelineChart::setHiddenKeys(const QSet<QString> &keys)
{
    m_hidden = keys;
    rebuild();
}

void TimelineChart::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    rebuild();
}

void TimelineChart::rebuild()
{
    delete m_officialLabels;
    m_officialLabels = nullptr;
    delete m_axisTitles;
    m_axisTitles = nullptr;
    m_official = nullptr;
    m_totalLine = nullptr;
    removeAllSeries();
    for (QAbstractAxis *axis : axes()) {
        removeAxis(axis);
        delete axis;
    }
    setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // Fifteen entries fit beside the bars, where a short chart has room; below they would be
    // cut to "...".
    legend()->setAlignment(Qt::AlignRight);
    legend()->setShowToolTips(true);
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries); // a line, a diamond, a box
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    legend()->setFont(small);
    setBackgroundRoundness(0);

    m_years = new QCategoryAxis;
    m_years->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_years->setRange(-0.5, m_model->rowCount() - 0.5);
    m_years->setGridLineVisible(false);
    m_years->setTruncateLabels(false); // thinned to fit instead
    m_perYear = new CountAxis;
    m_perYear->setTitleText(tr("Per year"));
    m_total = new CountAxis;
    m_total->setTitleText(tr("Pairings to date"));
    m_total->setGridLineVisible(false);
    addAxis(m_years, Qt::AlignBottom);
    addAxis(m_perYear, Qt::AlignLeft);
    addAxis(m_total, Qt::AlignRight);
    // The titles stand level over the axes, in room kept for them above the plot; in the
    // theme's type and colour, which the axes have once added.
    m_axisTitles = new AxisTitles(m_perYear->titleText(), m_total->titleText(),
                                  m_perYear->titleFont(), m_perYear->titleBrush(), this);
    for (CountAxis *axis : {m_perYear, m_total})
        axis->setTitleVisible(false);
    setMargins(QMargins(4, 4 + qCeil(m_axisTitles->height()) + 4, 4, 4));

    addBars();
    addPairings();
    addOfficialTotals();
    m_labelStep = 0;
    m_ticks = 0;
    fitToPlot();
    styleMarkers();
}

void TimelineChart::addBars()
{
    auto *bars = new QStackedBarSeries;
    bars->setBarWidth(0.8);
    std::vector<qreal> heights(m_model->rowCount(), 0);
    for (int column = 0; column < m_model->categoryCount(); ++column) {
        const QString key = m_model->categoryKey(column);
        auto *set = new QBarSet(m_model->headerData(column, Qt::Horizontal).toString());
        set->setProperty("key", key);
        const bool hidden = m_hidden.contains(key);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const qreal n = hidden ? 0 : m_model->index(row, column).data().toReal();
            set->append(n);
            heights[row] += n;
        }
        set->setBrush(ChartPalette::categoryBrush(key));
        set->setPen(QPen(ChartPalette::categoryColor(key).darker(130), 0.5));
        bars->append(set);
    }
    const qreal established = [this] {
        qreal most = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            most =
                std::max(most, m_model->index(row, m_model->establishedColumn()).data().toReal());
        }
        return m_hidden.contains(establishedKey) ? 0 : most;
    }();
    const qreal tallest = heights.empty() ? 0 : *std::max_element(heights.begin(), heights.end());
    m_perYearMost = std::max(tallest, established);
    addSeries(bars);
    bars->attachAxis(m_years);
    bars->attachAxis(m_perYear);
    connect(bars, &QAbstractBarSeries::hovered, this,
            [this](bool on, int index) { emit yearHovered(on ? m_model->yearOfRow(index) : 0); });
    // Queued: what the click sets off may rebuild this chart, series and all.
    connect(
        bars, &QAbstractBarSeries::clicked, this,
        [this](int index) { emit yearClicked(m_model->yearOfRow(index)); }, Qt::QueuedConnection);
}

void TimelineChart::addPairings()
{
    const QColor color = ChartPalette::pairingsColor(m_dark);
    auto *established = new QScatterSeries;
    established->setName(
        m_model->headerData(m_model->establishedColumn(), Qt::Horizontal).toString());
    established->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    established->setMarkerSize(9);
    established->setColor(color);
    established->setBorderColor(m_dark ? Qt::black : Qt::white);
    auto *total = new QLineSeries;
    total->setName(m_model->headerData(m_model->cumulativeColumn(), Qt::Horizontal).toString());
    total->setPen(QPen(color, 2));
    qreal most = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const qreal n = m_model->index(row, m_model->establishedColumn()).data().toReal();
        if (n > 0)
            established->append(row, n); // years without one carry no marker
        const qreal sum = m_model->index(row, m_model->cumulativeColumn()).data().toReal();
        total->append(row, sum);
        most = std::max(most, sum);
    }
    m_totalMost = most;
    m_totalLine = total;
    addSeries(total);
    addSeries(established);
    for (QXYSeries *series :
         {static_cast<QXYSeries *>(total), static_cast<QXYSeries *>(established)}) {
        series->attachAxis(m_years);
        series->attachAxis(series == total ? m_total : m_perYear);
        series->setProperty("key", series == total ? cumulativeKey : establishedKey);
        series->setVisible(!m_hidden.contains(series->property("key").toString()));
        announceYears(series);
    }
}

// Hovering over a point and clicking it name the point's year.
void TimelineChart::announceYears(QXYSeries *series)
{
    connect(series, &QXYSeries::hovered, this, [this](const QPointF &point, bool on) {
        emit yearHovered(on ? m_model->yearOfRow(qRound(point.x())) : 0);
    });
    connect(
        series, &QXYSeries::clicked, this,
        [this](const QPointF &point) { emit yearClicked(m_model->yearOfRow(qRound(point.x()))); },
        Qt::QueuedConnection);
}

// The official totals as stars on the running total's axis, which then reaches the highest.
void TimelineChart::addOfficialTotals()
{
    const QList<TimelineSeries::OfficialMark> &marks = m_model->officialMarks();
    if (marks.isEmpty())
        return;
    const bool hidden = m_hidden.contains(TimelineSeries::officialKey());
    m_official = new QScatterSeries;
    m_official->setName(TimelineSeries::officialTotalsName());
    m_official->setMarkerShape(QScatterSeries::MarkerShapeStar);
    m_official->setMarkerSize(14);
    m_official->setColor(ChartPalette::pairingsColor(m_dark));
    m_official->setBorderColor(m_dark ? Qt::black : Qt::white);
    m_official->setProperty("key", TimelineSeries::officialKey());
    QStringList labels;
    for (const TimelineSeries::OfficialMark &mark : marks) {
        m_official->append(mark.position, mark.total);
        labels << mark.label;
        if (!hidden)
            m_totalMost = std::max<qreal>(m_totalMost, mark.total);
    }
    addSeries(m_official);
    m_official->attachAxis(m_years);
    m_official->attachAxis(m_total);
    m_official->setVisible(!hidden);
    announceYears(m_official);
    // Over the series, in the legend's smaller type.
    m_officialLabels = new OfficialLabels(labels, legend()->font(), m_dark, this);
    m_officialLabels->setZValue(1000);
    m_officialLabels->setVisible(!hidden);
}

// After the plot area changes: the axes and year labels fitted to it, then the official totals'
// labels placed over what is drawn there.
void TimelineChart::fitToPlot()
{
    labelYears();
    placeAxisTitles();
    placeOfficialLabels();
}

void TimelineChart::placeAxisTitles()
{
    if (m_axisTitles && !plotArea().isEmpty())
        m_axisTitles->place(plotArea(), 4);
}

void TimelineChart::placeOfficialLabels()
{
    if (!m_officialLabels || plotArea().isEmpty())
        return;
    QList<QPointF> markers;
    for (const QPointF &point : m_official->points())
        markers << mapToPosition(point, m_official);
    QPolygonF line;
    if (m_totalLine->isVisible()) {
        for (const QPointF &point : m_totalLine->points())
            line << mapToPosition(point, m_totalLine);
    }
    m_officialLabels->place(markers, plotArea(), line);
}

// Labels every year if there is room, else every 2, 5, 10 ... years on round years; as many
// count labels as the height holds.
void TimelineChart::labelYears()
{
    const int years = m_model->rowCount();
    if (!m_years || years == 0)
        return;
    const QFontMetrics metrics(m_years->labelsFont());
    const int ticks = std::clamp(int(plotArea().height() / (metrics.height() * 2.2)), 2, 6);
    if (ticks != m_ticks) {
        m_ticks = ticks;
        // A few records still get an axis of several steps, so that one is not a full-height
        // bar.
        m_perYear->fit(std::max<qreal>(m_perYearMost, 4), ticks);
        m_total->fit(std::max<qreal>(m_totalMost, 4), ticks);
    }
    // Qt Charts gives each of n labels the width of the axis divided by n + 1; a year needs
    // its digits and some room on each side.
    const qreal needed = metrics.horizontalAdvance(QStringLiteral("8888")) + 16;
    const qreal width = std::max<qreal>(plotArea().width(), 100);
    int step = 100;
    for (const int candidate : {1, 2, 5, 10, 20, 50}) {
        int labels = 0;
        for (int row = 0; row < years; ++row)
            labels += m_model->yearOfRow(row) % candidate == 0 ? 1 : 0;
        if (width / (labels + 1) >= needed) {
            step = candidate;
            break;
        }
    }
    if (step == m_labelStep)
        return;
    m_labelStep = step;
    for (const QString &label : m_years->categoriesLabels())
        m_years->remove(label);
    m_years->setStartValue(-0.5);
    for (int row = 0; row < years; ++row) {
        const int year = m_model->yearOfRow(row);
        if (year % step == 0)
            m_years->append(QString::number(year), row);
    }
}

// Bars get filled boxes, the pairings a line and a diamond. A hidden series keeps its entry in
// the legend, faded, so the file says what was left out.
void TimelineChart::styleMarkers()
{
    for (QLegendMarker *marker : legend()->markers()) {
        QString key;
        if (auto *bar = qobject_cast<QBarLegendMarker *>(marker)) {
            key = bar->barset()->property("key").toString();
            marker->setShape(QLegend::MarkerShapeRectangle); // "from series" leaves it hollow
        } else {
            key = marker->series()->property("key").toString();
        }
        marker->setVisible(true);
        if (!m_hidden.contains(key))
            continue;
        QBrush label = marker->labelBrush();
        QColor faded = label.color();
        faded.setAlphaF(0.4);
        label.setColor(faded);
        marker->setLabelBrush(label);
        QBrush brush = marker->brush();
        QColor light = brush.color();
        light.setAlphaF(0.25);
        brush.setColor(light);
        marker->setBrush(brush);
    }
}

QString TimelineChart::describeYear(int year) const
{
    const int row = year - m_model->firstYear();
    if (row < 0 || row >= m_model->rowCount())
        return {};
    const QLocale locale;
    QStringList lines{QStringLiteral("<b>%1</b>").arg(year)};
    qint64 exchanges = 0;
    for (int column = 0; column < m_model->categoryCount(); ++column) {
        const qint64 n = m_model->index(row, column).data().toLongLong();
        exchanges += n;
        if (n > 0) {
            lines << tr("%1: %2").arg(m_model->headerData(column, Qt::Horizontal).toString(),
                                      locale.toString(n));
        }
    }
    lines << tr("Exchanges: %1").arg(locale.toString(exchanges));
    lines << tr("New pairings: %1")
                 .arg(locale.toString(
                     m_model->index(row, m_model->establishedColumn()).data().toLongLong()));
    lines << tr("Pairings with a known year: %1")
                 .arg(locale.toString(
                     m_model->index(row, m_model->cumulativeColumn()).data().toLongLong()));
    for (const TimelineSeries::OfficialMark &mark : m_model->officialMarks()) {
        if (mark.date.yearPart() == year)
            lines << mark.label.toHtmlEscaped();
    }
    return lines.join(QStringLiteral("<br>"));
}
