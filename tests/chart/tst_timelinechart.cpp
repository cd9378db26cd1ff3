// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/timelineseries.h"
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"
#include "ui/chart/chartlegend.h"
#include "ui/chart/officiallabels.h"
#include "ui/chart/timelinechart.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChartView>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

// The timeline as drawn: a band per field holding the model's counts, year labels that are
// whole years thinned to fit (never cut to "..."), series hidden from the legend by mouse or
// keyboard, a tooltip per year, a click on a bar naming its year, and the official totals as
// stars on the running total's axis with labels that stay clear of each other at any size.
class TestTimelineChart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void barsHoldTheModelsCounts();
    void yearLabelsThinToFit_data();
    void yearLabelsThinToFit();
    void hiddenSeriesDrawNothing();
    void legendHidesAndShowsSeries();
    void tooltipCountsTheYear();
    void clickingABarNamesItsYear();
    void officialTotalsStandOnTheRunningTotalsAxis();
    void officialLabelsStayLegible_data();
    void officialLabelsStayLegible();

private:
    static QStackedBarSeries *bars(QChart &chart);
    static QScatterSeries *officialSeries(QChart &chart);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TimelineSeries> m_model;
};

void TestTimelineChart::initTestCase()
{
    m_db = TestSupport::createWithShippedData(m_dir);
    m_model = std::make_unique<TimelineSeries>(*m_db);
}

QStackedBarSeries *TestTimelineChart::bars(QChart &chart)
{
    for (QAbstractSeries *series : chart.series()) {
        if (auto *stacked = qobject_cast<QStackedBarSeries *>(series))
            return stacked;
    }
    return nullptr;
}

void TestTimelineChart::barsHoldTheModelsCounts()
{
    TimelineChart chart(m_model.get());
    QStackedBarSeries *series = bars(chart);
    QVERIFY(series);
    QCOMPARE(series->count(), m_model->categoryCount());
    for (int column = 0; column < m_model->categoryCount(); ++column) {
        QBarSet *set = series->barSets().at(column);
        QCOMPARE(set->label(), m_model->headerData(column, Qt::Horizontal).toString());
        QCOMPARE(set->count(), m_model->rowCount());
        for (int row = 0; row < m_model->rowCount(); ++row)
            QCOMPARE(set->at(row), m_model->index(row, column).data().toReal());
    }
}

void TestTimelineChart::yearLabelsThinToFit_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("everyYear");
    QTest::newRow("wide") << 4000 << true;
    for (int width = 300; width <= 1800; width += 150)
        QTest::addRow("%d px", width) << width << false;
}

void TestTimelineChart::yearLabelsThinToFit()
{
    QFETCH(int, width);
    QFETCH(bool, everyYear);
    QChartView view(new TimelineChart(m_model.get()));
    view.resize(width, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *chart = static_cast<TimelineChart *>(view.chart());
    QTRY_VERIFY(chart->labelStep() > 0);
    if (everyYear)
        QCOMPARE(chart->labelStep(), 1);
    auto *axis = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    const QStringList labels = axis->categoriesLabels();
    QVERIFY(!labels.isEmpty());
    for (const QString &label : labels) {
        bool isYear = false;
        const int year = label.toInt(&isYear);
        QVERIFY2(isYear && year % chart->labelStep() == 0, qPrintable(label));
    }
    if (everyYear)
        QCOMPARE(labels.size(), m_model->rowCount());
    // The chart never cuts a year short; asked to, Qt Charts would find nothing to cut.
    axis->setTruncateLabels(true);
    QCoreApplication::sendPostedEvents();
    QVERIFY2(!axis->labelsTruncated(), qPrintable(labels.join(QLatin1Char(' '))));
}

void TestTimelineChart::hiddenSeriesDrawNothing()
{
    TimelineChart chart(m_model.get());
    const QString culture = QStringLiteral("culture");
    chart.setHiddenKeys({culture, QStringLiteral("cumulative")});
    QStackedBarSeries *series = bars(chart);
    int column = -1;
    for (int c = 0; c < m_model->categoryCount(); ++c) {
        if (m_model->categoryKey(c) == culture)
            column = c;
    }
    QVERIFY(column >= 0);
    QBarSet *set = series->barSets().at(column);
    QCOMPARE(set->sum(), 0.0);
    // The other fields still stand.
    QVERIFY(series->barSets().at(column == 0 ? 1 : 0)->sum() > 0);
    int lines = 0;
    for (QAbstractSeries *s : chart.series()) {
        if (qobject_cast<QLineSeries *>(s) && s->property("key") == QStringLiteral("cumulative")) {
            QVERIFY(!s->isVisible());
            ++lines;
        }
    }
    QCOMPARE(lines, 1);
}

void TestTimelineChart::legendHidesAndShowsSeries()
{
    ChartLegend legend(m_model.get());
    legend.show();
    QVERIFY(QTest::qWaitForWindowExposed(&legend));
    // A series per column, and the official totals.
    QVERIFY(!m_model->officialMarks().isEmpty());
    QCOMPARE(legend.count(), m_model->columnCount() + 1);
    QCOMPARE(legend.item(legend.count() - 1)->text(), QStringLiteral("Official totals"));
    QSignalSpy changed(&legend, &ChartLegend::hiddenKeysChanged);
    // A click on an entry's name hides its series...
    QListWidgetItem *first = legend.item(0);
    QTest::mouseClick(legend.viewport(), Qt::LeftButton, {}, legend.visualItemRect(first).center());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(legend.hiddenKeys(), QSet<QString>{m_model->categoryKey(0)});
    QCOMPARE(first->checkState(), Qt::Unchecked);
    // ...and Space on it from the keyboard shows it again.
    legend.setFocus();
    legend.setCurrentRow(0);
    QTest::keyClick(&legend, Qt::Key_Space);
    QCOMPARE(changed.count(), 2);
    QVERIFY(legend.hiddenKeys().isEmpty());
    // The entries come back with the model, keeping what is hidden.
    QTest::keyClick(&legend, Qt::Key_Space);
    m_model->refresh();
    QCOMPARE(legend.item(0)->checkState(), Qt::Unchecked);
    QTest::keyClick(&legend, Qt::Key_Space);
}

void TestTimelineChart::tooltipCountsTheYear()
{
    TimelineChart chart(m_model.get());
    const int row = 2015 - m_model->firstYear();
    qint64 exchanges = 0;
    for (int c = 0; c < m_model->categoryCount(); ++c)
        exchanges += m_model->index(row, c).data().toLongLong();
    QVERIFY(exchanges > 0);
    const QString text = chart.describeYear(2015);
    QVERIFY2(text.contains(QStringLiteral("2015")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Exchanges: %1").arg(exchanges)), qPrintable(text));
    QVERIFY(chart.describeYear(1800).isEmpty());
}

void TestTimelineChart::clickingABarNamesItsYear()
{
    QChartView view(new TimelineChart(m_model.get()));
    view.resize(1400, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *chart = static_cast<TimelineChart *>(view.chart());
    QSignalSpy clicked(chart, &TimelineChart::yearClicked);
    const int row = 2015 - m_model->firstYear();
    // Half way up the bar of 2015, through the chart's own mapping.
    qreal total = 0;
    for (int c = 0; c < m_model->categoryCount(); ++c)
        total += m_model->index(row, c).data().toReal();
    QTRY_VERIFY(chart->plotArea().width() > 100);
    const QPointF scene =
        chart->mapToScene(chart->mapToPosition(QPointF(row, total / 2), bars(*chart)));
    const QPoint at = view.mapFromScene(scene);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().toInt(), 2015);
}

QScatterSeries *TestTimelineChart::officialSeries(QChart &chart)
{
    for (QAbstractSeries *series : chart.series()) {
        if (series->property("key") == QStringLiteral("official"))
            return qobject_cast<QScatterSeries *>(series);
    }
    return nullptr;
}

// Each official total is a point on the running total's axis at its date, with its label; the
// axis reaches the highest total, and the line is named for what it counts.
void TestTimelineChart::officialTotalsStandOnTheRunningTotalsAxis()
{
    TimelineChart chart(m_model.get());
    const QList<TimelineSeries::OfficialMark> &marks = m_model->officialMarks();
    QVERIFY(!marks.isEmpty());
    QScatterSeries *official = officialSeries(chart);
    QVERIFY(official);
    QCOMPARE(official->name(), QStringLiteral("Official totals"));
    QCOMPARE(official->count(), marks.size());
    int highest = 0;
    for (qsizetype i = 0; i < marks.size(); ++i) {
        QCOMPARE(official->at(i), QPointF(marks.at(i).position, marks.at(i).total));
        highest = std::max(highest, marks.at(i).total);
    }
    auto *axis = qobject_cast<QValueAxis *>(official->attachedAxes().value(1));
    QVERIFY(axis && axis->alignment() == Qt::AlignRight);
    QVERIFY(axis->max() >= highest);
    for (QAbstractSeries *series : chart.series()) {
        if (series->property("key") == QStringLiteral("cumulative")) {
            QCOMPARE(series->name(), QStringLiteral("Pairings with a known year"));
            QCOMPARE(series->attachedAxes().value(1), axis);
        }
    }
    QVERIFY(chart.officialLabels());
    QStringList labels;
    for (const TimelineSeries::OfficialMark &mark : marks)
        labels << mark.label;
    QCOMPARE(chart.officialLabels()->texts(), labels);
    // Hidden from the legend, the stars and their labels go.
    chart.setHiddenKeys({QStringLiteral("official")});
    QVERIFY(!officialSeries(chart)->isVisible());
    QVERIFY(!chart.officialLabels()->isVisible());
}

void TestTimelineChart::officialLabelsStayLegible_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("a file") << QSize(1200, 700);
    QTest::newRow("the window") << QSize(900, 330);
    QTest::newRow("small") << QSize(640, 300);
}

// However large the chart, no label of a total covers another or a star, and each stays in the
// plot, as drawn by Qt Charts' own mapping.
void TestTimelineChart::officialLabelsStayLegible()
{
    QFETCH(QSize, size);
    QChartView view(new TimelineChart(m_model.get()));
    view.resize(size);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *chart = static_cast<TimelineChart *>(view.chart());
    QTRY_VERIFY(chart->plotArea().width() > 100);
    QScatterSeries *official = officialSeries(*chart);
    QVERIFY(official && chart->officialLabels());
    const QList<QRectF> boxes = chart->officialLabels()->boxes();
    QCOMPARE(boxes.size(), official->count());
    QList<QPointF> stars;
    for (const QPointF &point : official->points())
        stars << chart->mapToPosition(point, official);
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        QVERIFY2(chart->plotArea().contains(boxes.at(i)), qPrintable(QString::number(i)));
        for (qsizetype j = 0; j < boxes.size(); ++j) {
            QVERIFY2(!boxes.at(i).contains(stars.at(j)),
                     qPrintable(QStringLiteral("label %1 covers star %2").arg(i).arg(j)));
            if (i != j) {
                QVERIFY2(!boxes.at(i).intersects(boxes.at(j)),
                         qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(i).arg(j)));
            }
        }
    }
}

QTEST_MAIN(TestTimelineChart)
#include "tst_timelinechart.moc"
