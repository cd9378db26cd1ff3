// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filter.h"
#include "app/models/breakdownmodel.h"
#include "app/models/chartnumbers.h"
#include "ui/chart/chartfile.h"

#include <QWidget>

#include <memory>

class BreakdownChart;
class ChartLegend;
class FilterChoicesModel;
class PairingsWithoutYear;
class QAction;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTabWidget;
class TimelineChart;
class TimelineSeries;

// The models the charts read; they outlive the pane.
struct ChartModels
{
    TimelineSeries *timeline;
    BreakdownModel *provinces;
    BreakdownModel *states;
    BreakdownModel *fields;
    BreakdownModel *modes;
    FilterChoicesModel *choices;      // names provinces and states in subtitles
    PairingsWithoutYear *withoutYear; // said in the subtitles too
};

// The charts under the lists: the timeline (by field or mode, of what the filters keep or of
// the chosen pairing), the statistics (one breakdown at a time) and, beside them, what the
// records lack (Completeness, no chart). Says what each chart leaves out, shows a tooltip per
// bar, and hands out a fresh copy of the chart in view with its caption, for files and the
// clipboard. Models not in view are brought up to date when shown. While one pairing is
// charted, "Show the filtered pairings" charts what the filters keep instead, the pairing
// staying chosen; "Show the chosen pairing alone" goes back to it.
class ChartsPane : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPane(const ChartModels &models, QWidget *parent = nullptr);
    ~ChartsPane() override;

    void setFilter(const Filter &filter);
    // The pairing chosen in the list (0: none), with its name for the captions: the timeline
    // shows it alone unless the user asked for the filtered pairings while it was chosen.
    void setPairing(qint64 pairingId, const QString &name);
    void setDatabaseName(const QString &name) { m_databaseName = name; }

    // Whether a chart is in view, to be written to a file or copied: not on Completeness.
    bool hasChartInView() const;
    // Waits until the chart in view has the counts of the current filter.
    void waitForCounts() const;
    // The chart in view, with its caption, drawn afresh into a file or an image, once its
    // counts have come.
    ChartCaption caption() const;
    bool writeFile(const ChartCaption &caption, const QString &path, ChartFile::Format format,
                   const QSize &size, int dpi, QString *error) const;
    QImage image(const QSize &pixels, int dpi) const;
    QSize chartSize() const;
    // A file's size for the chart in view: the size wanted, made taller if the statistic
    // needs it to name every part.
    QSize fileSize(const QSize &wanted) const;
    // The numbers the chart in view draws, once its counts have come, as it draws them: the
    // series switched off in the timeline's legend left out.
    ChartNumbers numbers() const;
    // The right-click menu of every chart (not Completeness: it is no chart).
    void addChartActions(const QList<QAction *> &actions);

    int currentTab() const;
    void setCurrentTab(int tab);
    int currentStatistic() const;
    void setCurrentStatistic(int what);
    bool splitByMode() const;
    void setSplitByMode(bool byMode);

signals:
    void yearClicked(int year);
    void partClicked(BreakdownModel::What what, const QString &key);
    void chartInViewChanged(bool shown);
    void filterChosen(const Filter &filter); // a count of Completeness, for its pairings alone

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *makeTimelineTab();
    QWidget *makeStatisticsTab();
    BreakdownModel *currentBreakdown() const;
    void connectBreakdown();
    void bringUpToDate();
    void updateNotes();
    void applyPalette();
    QString subtitle() const;
    qint64 chartedPairing() const { return m_filteredInstead ? 0 : m_pairingId; }
    std::unique_ptr<QChart> chartForFile() const;

    ChartModels m_models;
    Filter m_filter;
    qint64 m_pairingId = 0;
    QString m_pairingName;
    bool m_filteredInstead = false; // the filtered pairings charted while one is chosen
    QString m_databaseName;

    QTabWidget *m_tabs = nullptr;
    TimelineChart *m_timeline = nullptr;
    QChartView *m_timelineView = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QPushButton *m_showAll = nullptr;
    QComboBox *m_split = nullptr;
    QLabel *m_leftOutLabel = nullptr;
    ChartLegend *m_legend = nullptr;
    QComboBox *m_statistic = nullptr;
    BreakdownChart *m_breakdown = nullptr;
    QChartView *m_breakdownView = nullptr;
    QScrollArea *m_breakdownScroll = nullptr;
};
