// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/chartspane.h"

#include "app/models/filterchoicesmodel.h"
#include "app/models/filterdescription.h"
#include "app/models/pairingswithoutyear.h"
#include "app/models/timelineseries.h"
#include "ui/chart/breakdownchart.h"
#include "ui/chart/chartcaptions.h"
#include "ui/chart/chartlegend.h"
#include "ui/chart/chartpalette.h"
#include "ui/chart/completenessview.h"
#include "ui/chart/timelinechart.h"

#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolTip>
#include <QVBoxLayout>

namespace {
enum Tab { TimelineTab, StatisticsTab, CompletenessTab };

QChartView *makeView(QChart *chart, const QString &name, const QString &accessibleName)
{
    auto *view = new QChartView(chart);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(160);
    return view;
}
} // namespace

ChartsPane::ChartsPane(const ChartModels &models, QWidget *parent)
    : QWidget(parent), m_models(models)
{
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->setAccessibleName(tr("Charts"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(makeTimelineTab(), tr("Timeline"));
    m_tabs->addTab(makeStatisticsTab(), tr("Statistics"));
    auto *completeness = new CompletenessView(m_models.choices);
    completeness->setObjectName(QStringLiteral("completenessView"));
    connect(completeness, &CompletenessView::filterChosen, this, &ChartsPane::filterChosen);
    m_tabs->addTab(completeness, tr("Completeness"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ChartsPane::bringUpToDate);
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { emit chartInViewChanged(hasChartInView()); });
    connect(m_models.withoutYear, &PairingsWithoutYear::changed, this, &ChartsPane::updateNotes);
    applyPalette();
    updateNotes();
}

ChartsPane::~ChartsPane() = default;

QWidget *ChartsPane::makeTimelineTab()
{
    m_scopeLabel = new QLabel;
    m_scopeLabel->setObjectName(QStringLiteral("chartScopeLabel"));
    m_scopeLabel->setTextFormat(Qt::PlainText);
    m_scopeLabel->setWordWrap(true);
    m_showAll = new QPushButton;
    m_showAll->setObjectName(QStringLiteral("showAllButton"));
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        m_filteredInstead = !m_filteredInstead;
        bringUpToDate();
        updateNotes();
    });
    m_split = new QComboBox;
    m_split->setObjectName(QStringLiteral("splitBox"));
    m_split->setAccessibleName(tr("Divide the bars by"));
    m_split->addItem(tr("By field"));
    m_split->addItem(tr("By mode"));
    connect(m_split, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_models.timeline->setSplit(index == 1 ? TimelineSeries::Split::Mode
                                               : TimelineSeries::Split::Field);
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_scopeLabel, 1);
    top->addWidget(m_showAll);
    top->addWidget(m_split);

    m_timeline = new TimelineChart(m_models.timeline);
    m_timelineView = makeView(m_timeline, QStringLiteral("timelineView"), tr("Timeline"));
    connect(m_timeline, &TimelineChart::yearHovered, this, [this](int year) {
        if (year)
            QToolTip::showText(QCursor::pos(), m_timeline->describeYear(year), m_timelineView);
        else
            QToolTip::hideText();
    });
    connect(m_timeline, &TimelineChart::yearClicked, this, &ChartsPane::yearClicked);
    connect(m_models.timeline, &QAbstractItemModel::modelReset, this, &ChartsPane::updateNotes);
    connect(m_models.timeline, &TimelineSeries::countingStarted, this, [this] {
        m_leftOutLabel->setText(tr("Counting…"));
        m_leftOutLabel->show();
    });

    // On screen the legend is a list beside the chart; files keep the chart's own.
    m_timeline->legend()->hide();
    m_legend = new ChartLegend(m_models.timeline);
    m_legend->setObjectName(QStringLiteral("timelineLegend"));
    connect(m_legend, &ChartLegend::hiddenKeysChanged, m_timeline, &TimelineChart::setHiddenKeys);
    auto *chartRow = new QHBoxLayout;
    chartRow->addWidget(m_timelineView, 1);
    chartRow->addWidget(m_legend);

    m_leftOutLabel = new QLabel;
    m_leftOutLabel->setObjectName(QStringLiteral("leftOutLabel"));
    m_leftOutLabel->setWordWrap(true);

    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addLayout(chartRow, 1);
    layout->addWidget(m_leftOutLabel);
    return tab;
}

QWidget *ChartsPane::makeStatisticsTab()
{
    m_statistic = new QComboBox;
    m_statistic->setObjectName(QStringLiteral("statisticBox"));
    m_statistic->setAccessibleName(tr("Statistic"));
    for (const auto what : {BreakdownModel::PairingsByProvince, BreakdownModel::PairingsByState,
                            BreakdownModel::ExchangesByField, BreakdownModel::ExchangesByMode}) {
        m_statistic->addItem(BreakdownModel::titleOf(what), int(what));
    }
    auto *top = new QHBoxLayout;
    top->addWidget(m_statistic);
    top->addStretch(1);

    m_breakdownScroll = new QScrollArea;
    m_breakdownScroll->setWidgetResizable(true);
    m_breakdownScroll->setFrameShape(QFrame::NoFrame);
    m_breakdownScroll->setAccessibleName(tr("Statistics chart"));
    m_breakdown = new BreakdownChart(currentBreakdown());
    m_breakdownView =
        makeView(m_breakdown, QStringLiteral("statisticsView"), tr("Statistics chart"));
    m_breakdownScroll->setWidget(m_breakdownView);
    connect(m_statistic, &QComboBox::currentIndexChanged, this, [this] {
        // A new chart over the other model; the view lets go of the old one.
        QChart *old = m_breakdownView->chart();
        m_breakdown = new BreakdownChart(currentBreakdown());
        m_breakdownView->setChart(m_breakdown);
        delete old;
        applyPalette();
        bringUpToDate();
        connectBreakdown();
    });
    connectBreakdown();

    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(m_breakdownScroll, 1);
    return tab;
}

void ChartsPane::connectBreakdown()
{
    connect(m_breakdown, &BreakdownChart::rowHovered, this, [this](int row) {
        if (row >= 0)
            QToolTip::showText(QCursor::pos(), m_breakdown->describeRow(row), m_breakdownView);
        else
            QToolTip::hideText();
    });
    connect(m_breakdown, &BreakdownChart::partClicked, this,
            [this](const QString &key) { emit partClicked(currentBreakdown()->what(), key); });
    BreakdownModel *model = currentBreakdown();
    auto fit = [this, model] {
        m_breakdownView->setMinimumHeight(BreakdownChart::heightFor(model->rowCount()));
    };
    connect(model, &QAbstractItemModel::modelReset, m_breakdown, fit);
    fit();
}

BreakdownModel *ChartsPane::currentBreakdown() const
{
    switch (m_statistic->currentData().toInt()) {
    case BreakdownModel::PairingsByState:
        return m_models.states;
    case BreakdownModel::ExchangesByField:
        return m_models.fields;
    case BreakdownModel::ExchangesByMode:
        return m_models.modes;
    default:
        return m_models.provinces;
    }
}

void ChartsPane::setFilter(const Filter &filter)
{
    m_filter = filter;
    bringUpToDate();
}

void ChartsPane::setPairing(qint64 pairingId, const QString &name)
{
    // Another pairing chosen is charted alone again.
    if (pairingId != m_pairingId)
        m_filteredInstead = false;
    m_pairingId = pairingId;
    m_pairingName = pairingId ? name : QString();
    bringUpToDate();
    updateNotes();
}

// Only the chart in view counts again; the others when they come into view. Completeness
// counts every pairing, whatever the filter.
void ChartsPane::bringUpToDate()
{
    if (m_tabs->currentIndex() == TimelineTab) {
        m_models.timeline->setFilter(m_filter);
        m_models.timeline->setPairing(chartedPairing());
    } else if (m_tabs->currentIndex() == StatisticsTab) {
        currentBreakdown()->setFilter(m_filter);
    }
}

bool ChartsPane::hasChartInView() const
{
    return m_tabs->currentIndex() != CompletenessTab;
}

QString ChartsPane::subtitle() const
{
    if (m_tabs->currentIndex() == TimelineTab && chartedPairing())
        return tr("One pairing and all of its exchanges");
    return FilterDescription::text(m_filter, m_models.choices->choices(),
                                   m_models.withoutYear->count());
}

void ChartsPane::updateNotes()
{
    m_scopeLabel->setText(chartedPairing()
                              ? tr("%1: all of its exchanges").arg(m_pairingName)
                              : FilterDescription::text(m_filter, m_models.choices->choices(),
                                                        m_models.withoutYear->count()));
    m_showAll->setVisible(m_pairingId != 0);
    if (chartedPairing()) {
        m_showAll->setText(tr("Show the filtered pairings"));
        m_showAll->setToolTip(
            tr("Chart every record the filters keep; the pairing stays chosen in the list"));
    } else {
        // Not named on the button: a long name would widen the window.
        m_showAll->setText(tr("Show the chosen pairing alone"));
        m_showAll->setToolTip(tr("Chart %1 and all of its exchanges").arg(m_pairingName));
    }
    const QString leftOut = ChartCaptions::leftOut(*m_models.timeline);
    m_leftOutLabel->setText(leftOut);
    m_leftOutLabel->setVisible(!leftOut.isEmpty());
}

std::unique_ptr<QChart> ChartsPane::chartForFile() const
{
    if (m_tabs->currentIndex() == TimelineTab) {
        auto chart = std::make_unique<TimelineChart>(m_models.timeline);
        chart->setHiddenKeys(m_timeline->hiddenKeys());
        return chart;
    }
    return std::make_unique<BreakdownChart>(currentBreakdown());
}

// A file drawn while the chart is still counting would show the old counts under the new
// filter's caption: wait for the answer.
void ChartsPane::waitForCounts() const
{
    const bool timeline = m_tabs->currentIndex() == TimelineTab;
    QAbstractItemModel *model =
        timeline ? static_cast<QAbstractItemModel *>(m_models.timeline) : currentBreakdown();
    auto counting = [this, timeline] {
        return timeline ? m_models.timeline->isCounting() : currentBreakdown()->isCounting();
    };
    while (counting()) {
        QEventLoop loop;
        connect(model, &QAbstractItemModel::modelReset, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
}

bool ChartsPane::writeFile(const ChartCaption &caption, const QString &path,
                           ChartFile::Format format, const QSize &size, int dpi,
                           QString *error) const
{
    waitForCounts();
    const std::unique_ptr<QChart> chart = chartForFile();
    return ChartFile::write(chart.get(), caption, path, format, size, dpi, error);
}

QImage ChartsPane::image(const QSize &pixels, int dpi) const
{
    waitForCounts();
    const std::unique_ptr<QChart> chart = chartForFile();
    return ChartFile::image(chart.get(), caption(), pixels, dpi);
}

ChartCaption ChartsPane::caption() const
{
    if (m_tabs->currentIndex() == TimelineTab)
        return ChartCaptions::timeline(*m_models.timeline,
                                       chartedPairing() ? m_pairingName : QString(), subtitle(),
                                       m_databaseName);
    return ChartCaptions::breakdown(*currentBreakdown(), subtitle(), m_databaseName);
}

QSize ChartsPane::chartSize() const
{
    return m_tabs->currentIndex() == TimelineTab ? m_timelineView->size() : m_breakdownView->size();
}

QSize ChartsPane::fileSize(const QSize &wanted) const
{
    if (m_tabs->currentIndex() == TimelineTab)
        return wanted;
    // Room for every name, and for the caption above and below.
    const int needed = BreakdownChart::heightFor(currentBreakdown()->rowCount()) + 160;
    return {wanted.width(), std::max(wanted.height(), needed)};
}

ChartNumbers ChartsPane::numbers() const
{
    waitForCounts();
    if (m_tabs->currentIndex() == TimelineTab)
        return ChartNumbers::timeline(*m_models.timeline, m_timeline->hiddenKeys());
    return ChartNumbers::breakdown(*currentBreakdown());
}

void ChartsPane::addChartActions(const QList<QAction *> &actions)
{
    for (QChartView *view : {m_timelineView, m_breakdownView}) {
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        view->addActions(actions);
    }
}

int ChartsPane::currentTab() const
{
    return m_tabs->currentIndex();
}
void ChartsPane::setCurrentTab(int tab)
{
    m_tabs->setCurrentIndex(tab);
}
int ChartsPane::currentStatistic() const
{
    return m_statistic->currentData().toInt();
}

void ChartsPane::setCurrentStatistic(int what)
{
    const int index = m_statistic->findData(what);
    if (index >= 0)
        m_statistic->setCurrentIndex(index);
}

bool ChartsPane::splitByMode() const
{
    return m_split->currentIndex() == 1;
}
void ChartsPane::setSplitByMode(bool byMode)
{
    m_split->setCurrentIndex(byMode ? 1 : 0);
}

void ChartsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void ChartsPane::applyPalette()
{
    const bool dark = ChartPalette::isDark(palette());
    m_timeline->setDark(dark);
    m_timeline->legend()->hide();
    m_legend->setDark(dark);
    m_breakdown->setDark(dark);
}
