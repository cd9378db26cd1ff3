// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/roles.h"
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testwindow.h"
#include "ui/chart/chartlegend.h"
#include "ui/chart/chartspane.h"
#include "ui/chart/timelinechart.h"
#include "ui/dialogs/exportdrawingdialog.h"
#include "ui/language.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>

#include <algorithm>

// The charts in the main window, driven through the real widgets: the timeline shows every
// record until a pairing is chosen and that pairing while it is, follows the filters, filters
// the lists to a year when a bar is clicked; the statistics follow the filters; the legend hides
// a series; File > Export Chart writes the file asked for and Edit > Copy Chart fills the
// clipboard; the charts' choices return on the next start. In English and in Chinese the
// timeline's axes keep their whole titles; the count axes are labelled with whole numbers, each
// once; the export dialog's labels lead to their fields, which are wide enough for a path.
class TestCharts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void timelineFollowsTheChosenPairing();
    void timelineFollowsTheFilters();
    void establishedYearsSayWhatTheyHide();
    void clickingAYearFiltersTheLists();
    void hoveringAYearShowsItsCounts();
    void statisticsFollowTheFilters();
    void legendHidesASeries();
    void exportChartWritesTheFileAskedFor();
    void exportDialogMatchesFormatAndSuffix();
    void exportDialogLabelsLeadToRoomyFields();
    void timelineAxesKeepTheirTitles_data();
    void timelineAxesKeepTheirTitles();
    void countsAreLabelledWithWholeNumbers_data();
    void countsAreLabelledWithWholeNumbers();
    void copyChartFillsTheClipboard();
    void copyWaitsForTheCounts();
    void choicesReturnOnNextStart();
    void followsADarkPalette();

private:
    int sql(const QString &query) const { return TestSupport::scalar(*m_db, query).toInt(); }
    qint64 nanjingStLouis() const;
    static QChartView *chartView(const TestWindow &w, const char *name);
    // The texts drawn in a part of a chart (in the chart's coordinates), as shown, left to
    // right.
    static QStringList textsIn(const QChart *chart, const QRectF &part);
    static QPoint middleOfBar(const TestWindow &w, int year, qreal *total);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestCharts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = TestSupport::createWithShippedData(m_dir);
}

void TestCharts::init()
{
    QSettings(QSettings::UserScope, QStringLiteral("Bridges"), QStringLiteral("Bridges")).clear();
}

qint64 TestCharts::nanjingStLouis() const
{
    return TestSupport::pairingId(*m_db, QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
}

// Half way up the timeline's bar of a year, in the view's viewport, through the chart's own
// mapping; total: the exchanges the bar stands for.
QPoint TestCharts::middleOfBar(const TestWindow &w, int year, qreal *total)
{
    w.window->resize(1400, 900);
    QChartView *view = chartView(w, "timelineView");
    auto *chart = static_cast<TimelineChart *>(view->chart());
    if (!QTest::qWaitFor([chart] { return chart->plotArea().width() > 100; }))
        qFatal("the timeline was not laid out");
    const TimelineSeries &model = w.workspace.timeline;
    const int row = year - model.firstYear();
    *total = 0;
    for (int c = 0; c < model.categoryCount(); ++c)
        *total += model.index(row, c).data().toReal();
    QAbstractSeries *bars = nullptr;
    for (QAbstractSeries *series : chart->series()) {
        if (!bars && qobject_cast<QStackedBarSeries *>(series))
            bars = series;
    }
    const QPointF scene = chart->mapToScene(chart->mapToPosition(QPointF(row, *total / 2), bars));
    return view->mapFromScene(scene);
}

QChartView *TestCharts::chartView(const TestWindow &w, const char *name)
{
    return w.window->findChild<QChartView *>(QLatin1String(name));
}

void TestCharts::timelineFollowsTheChosenPairing()
{
    TestWindow w(*m_db);
    // Nothing is chosen at the start: the timeline counts every record.
    QCOMPARE(w.workspace.timeline.pairing(), 0);
    QCOMPARE(w.workspace.timeline.pairingsShown() + w.workspace.timeline.pairingsOfUnknownYear(),
             sql(QStringLiteral("SELECT count(*) FROM pairings")));
    auto *showAll = w.window->findChild<QPushButton *>(QStringLiteral("showAllButton"));
    QVERIFY(showAll && !showAll->isVisible());

    QTableView *table = w.view("pairingsView");
    const int row = w.pairings.rowOfPairing(nanjingStLouis());
    QVERIFY(row >= 0);
    const QModelIndex index = w.pairings.index(row, 0);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(w.workspace.timeline.pairing(), nanjingStLouis());
    QCOMPARE(w.workspace.timeline.exchangesShown() + w.workspace.timeline.exchangesOfUnknownYear(),
             sql(QStringLiteral("SELECT count(*) FROM exchange_pairings WHERE pairing_id = %1")
                     .arg(nanjingStLouis())));
    QVERIFY2(w.text("chartScopeLabel").startsWith(QStringLiteral("Nanjing – St. Louis")),
             qPrintable(w.text("chartScopeLabel")));
    QVERIFY(showAll->isVisible());

    // "Show the filtered pairings" charts what the filters keep; the pairing stays chosen in
    // the list and its detail stays shown.
    QCOMPARE(showAll->text(), QStringLiteral("Show the filtered pairings"));
    QTest::mouseClick(showAll, Qt::LeftButton);
    QCOMPARE(w.workspace.timeline.pairing(), 0);
    QCOMPARE(table->currentIndex().data(Roles::RecordIdRole).toLongLong(), nanjingStLouis());
    QCOMPARE(w.text("titleLabel"), QStringLiteral("Nanjing – St. Louis"));
    QCOMPARE(w.text("chartScopeLabel"), QStringLiteral("All pairings and exchanges, no filter"));
    // And back to the chosen pairing alone.
    QCOMPARE(showAll->text(), QStringLiteral("Show the chosen pairing alone"));
    QTest::mouseClick(showAll, Qt::LeftButton);
    QCOMPARE(w.workspace.timeline.pairing(), nanjingStLouis());
    QTest::mouseClick(showAll, Qt::LeftButton);
    QCOMPARE(w.workspace.timeline.pairing(), 0);
    // Another pairing chosen is charted alone.
    table->setCurrentIndex(w.pairings.index(row == 0 ? 1 : 0, 0));
    QVERIFY(w.workspace.timeline.pairing() != 0);
    QCOMPARE(showAll->text(), QStringLiteral("Show the filtered pairings"));
    table->selectionModel()->clear();
    QVERIFY(!showAll->isVisible());

    // The exchanges tab shows what the filters keep, whatever is chosen among the pairings.
    table->setCurrentIndex(index);
    QCOMPARE(w.workspace.timeline.pairing(), nanjingStLouis());
    w.window->findChild<QTabWidget *>(QStringLiteral("lists"))->setCurrentIndex(1);
    QCOMPARE(w.workspace.timeline.pairing(), 0);
}

void TestCharts::timelineFollowsTheFilters()
{
    TestWindow w(*m_db);
    auto *level = w.window->findChild<QComboBox *>(QStringLiteral("levelFilter"));
    level->setCurrentIndex(level->findData(QStringLiteral("province_state")));
    QCOMPARE(w.workspace.timeline.filter().level, QStringLiteral("province_state"));
    QCOMPARE(w.workspace.timeline.pairingsShown() + w.workspace.timeline.pairingsOfUnknownYear(),
             sql(QStringLiteral("SELECT count(*) FROM pairings WHERE level = 'province_state'")));
    QVERIFY2(w.text("chartScopeLabel").contains(QStringLiteral("Level: Province / state")),
             qPrintable(w.text("chartScopeLabel")));
    // What the chart cannot place is said under it.
    const int unknown = sql(QStringLiteral(
        "SELECT count(*) FROM pairings WHERE level = 'province_state' AND established IS NULL"));
    if (unknown > 0)
        QVERIFY(w.text("leftOutLabel").contains(QStringLiteral("%1 pairing").arg(unknown)));
}

// A span of established years leaves out the pairings of unknown year: the line above the
// chart, a chart's file and the lists' tab counts say how many, counted as the filter would
// keep them but for the years.
void TestCharts::establishedYearsSayWhatTheyHide()
{
    TestWindow w(*m_db);
    auto *lists = w.window->findChild<QTabWidget *>(QStringLiteral("lists"));
    QCOMPARE(lists->tabToolTip(0), QString());
    auto *from = w.window->findChild<QSpinBox *>(QStringLiteral("establishedFrom"));
    auto *to = w.window->findChild<QSpinBox *>(QStringLiteral("establishedTo"));
    from->setValue(1990);
    to->setValue(2000);
    const int withoutYear =
        sql(QStringLiteral("SELECT count(*) FROM pairings WHERE established IS NULL"));
    QVERIFY(withoutYear > 1);
    const QString said =
        QStringLiteral("%1 pairings without a year are not shown").arg(withoutYear);
    QVERIFY2(w.text("chartScopeLabel").endsWith(said), qPrintable(w.text("chartScopeLabel")));
    QCOMPARE(lists->tabToolTip(0), said);
    QCOMPARE(lists->tabToolTip(1), said);
    QVERIFY2(w.window->findChild<ChartsPane *>()->caption().subtitle.endsWith(said),
             qPrintable(w.window->findChild<ChartsPane *>()->caption().subtitle));

    // With another filter, only those it would keep but for their year.
    auto *level = w.window->findChild<QComboBox *>(QStringLiteral("levelFilter"));
    level->setCurrentIndex(level->findData(QStringLiteral("province_state")));
    const int provincesWithoutYear = sql(QStringLiteral(
        "SELECT count(*) FROM pairings WHERE established IS NULL AND level = 'province_state'"));
    const QString fewer =
        provincesWithoutYear == 1
            ? QStringLiteral("1 pairing without a year is not shown")
            : QStringLiteral("%1 pairings without a year are not shown").arg(provincesWithoutYear);
    if (provincesWithoutYear > 0)
        QCOMPARE(lists->tabToolTip(0), fewer);
    else
        QCOMPARE(lists->tabToolTip(0), QString());

    // No years, nothing hidden for want of one.
    from->setValue(from->minimum());
    to->setValue(to->minimum());
    QCOMPARE(lists->tabToolTip(0), QString());
    QVERIFY(!w.text("chartScopeLabel").contains(QStringLiteral("without a year")));
}

void TestCharts::clickingAYearFiltersTheLists()
{
    TestWindow w(*m_db);
    qreal total = 0;
    const QPoint bar = middleOfBar(w, 2015, &total);
    QTest::mouseClick(chartView(w, "timelineView")->viewport(), Qt::LeftButton, {}, bar);

    auto *from = w.window->findChild<QSpinBox *>(QStringLiteral("exchangeFrom"));
    auto *to = w.window->findChild<QSpinBox *>(QStringLiteral("exchangeTo"));
    QVERIFY(from && to);
    QTRY_COMPARE(from->value(), 2015);
    QCOMPARE(to->value(), 2015);
    QCOMPARE(w.exchanges.totalCount(),
             sql(QStringLiteral("SELECT count(*) FROM exchanges WHERE date LIKE '2015%'")));
}

void TestCharts::hoveringAYearShowsItsCounts()
{
    TestWindow w(*m_db);
    qreal total = 0;
    const QPoint bar = middleOfBar(w, 2015, &total);
    QTest::mouseMove(chartView(w, "timelineView")->viewport(), bar);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("2015")), qPrintable(QToolTip::text()));
    QVERIFY2(QToolTip::text().contains(QStringLiteral("Exchanges: %1").arg(qRound(total))),
             qPrintable(QToolTip::text()));
}

void TestCharts::statisticsFollowTheFilters()
{
    TestWindow w(*m_db);
    auto *tabs = w.window->findChild<QTabWidget *>(QStringLiteral("chartTabs"));
    tabs->setCurrentIndex(1);
    auto *statistic = w.window->findChild<QComboBox *>(QStringLiteral("statisticBox"));
    statistic->setCurrentIndex(statistic->findData(int(BreakdownModel::PairingsByState)));
    auto *relation = w.window->findChild<QComboBox *>(QStringLiteral("relationFilter"));
    relation->setCurrentIndex(relation->findData(QStringLiteral("sister")));
    QCOMPARE(w.workspace.states.filter().relation, QStringLiteral("sister"));
    QCOMPARE(w.workspace.states.total(),
             sql(QStringLiteral("SELECT count(*) FROM pairings WHERE relation = 'sister'")));
    QChartView *view = chartView(w, "statisticsView");
    QVERIFY(view && view->isVisible());
    QCOMPARE(view->chart()->series().size(), 1);
    // Every state has room for its name.
    QVERIFY(view->height() >= w.workspace.states.rowCount() * view->fontMetrics().height());
}

void TestCharts::legendHidesASeries()
{
    TestWindow w(*m_db);
    auto *legend = w.window->findChild<ChartLegend *>(QStringLiteral("timelineLegend"));
    QVERIFY(legend && legend->isVisible());
    auto *chart = static_cast<TimelineChart *>(chartView(w, "timelineView")->chart());
    QListWidgetItem *item =
        legend->findItems(QStringLiteral("Pairings with a known year"),
                          Qt::MatchExactly)
            .value(0); // the running total
    QVERIFY(item);
    QTest::mouseClick(legend->viewport(), Qt::LeftButton, {},
                      legend->visualItemRect(item).center());
    QCOMPARE(chart->hiddenKeys(), QSet<QString>{QStringLiteral("cumulative")});
    int shown = 0;
    for (QAbstractSeries *series : chart->series()) {
        if (series->property("key") == QStringLiteral("cumulative"))
            shown += series->isVisible() ? 1 : 0;
    }
    QCOMPARE(shown, 0);
}

void TestCharts::exportChartWritesTheFileAskedFor()
{
    TestWindow w(*m_db);
    const QString path = m_dir.filePath(QStringLiteral("exported.pdf"));
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ExportDrawingDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("pathEdit"));
        edit->clear();
        QTest::keyClicks(edit, path);
        QCOMPARE(dialog->format(), ChartFile::Format::Pdf); // from the suffix typed
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        QVERIFY(title->text().startsWith(QStringLiteral("Exchanges by field")));
        title->setText(QStringLiteral("Bridges since 1979"));
        filled = true;
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    w.window->findChild<QAction *>(QStringLiteral("exportChartAction"))->trigger();
    QVERIFY(filled);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(!QApplication::activeModalWidget()); // no error box
    // The folder is remembered for the next export.
    QSettings settings(QSettings::UserScope, QStringLiteral("Bridges"), QStringLiteral("Bridges"));
    QCOMPARE(settings.value(QStringLiteral("export/folder")).toString(), m_dir.path());
}

void TestCharts::exportDialogMatchesFormatAndSuffix()
{
    ExportDrawingDialog dialog(QStringLiteral("Export Chart"), QStringLiteral("/tmp/timeline.png"),
                               QStringLiteral("Title"));
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("pathEdit"));
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("formatBox"));
    auto *dpi = dialog.findChild<QSpinBox *>(QStringLiteral("dpiBox"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(dialog.format(), ChartFile::Format::Png);
    QVERIFY(dpi->isEnabled());
    format->setCurrentIndex(format->findData(int(ChartFile::Format::Svg)));
    QCOMPARE(dialog.path(), QStringLiteral("/tmp/timeline.svg"));
    QVERIFY(!dpi->isEnabled()); // a vector has no resolution
    edit->clear();
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(edit, QStringLiteral("/tmp/chart.pdf"));
    QCOMPARE(dialog.format(), ChartFile::Format::Pdf);
    QVERIFY(ok->isEnabled());
}

void TestCharts::exportDialogLabelsLeadToRoomyFields()
{
    TestWindow w(*m_db);
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ExportDrawingDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const auto close = qScopeGuard([dialog] { dialog->reject(); }); // also when a check fails
        // Every label with a key (Alt+F, Alt+S …) leads to a field; one without a field would
        // show its "&" as it is.
        QStringList labels;
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            if (!label->text().contains(QLatin1Char('&')))
                continue;
            labels << label->text();
            QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        QVERIFY2(labels.contains(QStringLiteral("&File:")), qPrintable(labels.join(u' ')));
        QVERIFY2(labels.contains(QStringLiteral("&Size:")), qPrintable(labels.join(u' ')));
        auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("pathEdit"));
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->text() == QLatin1String("&File:"))
                QCOMPARE(label->buddy(), path);
            if (label->text() == QLatin1String("&Size:"))
                QCOMPARE(label->buddy(), dialog->findChild<QSpinBox *>(QStringLiteral("widthBox")));
        }
        // Room for most of a path and of a title.
        const int chars = path->fontMetrics().averageCharWidth();
        QVERIFY2(path->width() >= 40 * chars, qPrintable(QString::number(path->width())));
        QVERIFY2(title->width() >= 40 * chars, qPrintable(QString::number(title->width())));
        seen = true;
    });
    w.window->findChild<QAction *>(QStringLiteral("exportChartAction"))->trigger();
    QVERIFY(seen);
}

QStringList TestCharts::textsIn(const QChart *chart, const QRectF &part)
{
    QList<std::pair<qreal, QString>> found;
    for (const QGraphicsItem *item : chart->scene()->items()) {
        QString text;
        if (const auto *rich = dynamic_cast<const QGraphicsTextItem *>(item))
            text = rich->toPlainText();
        else if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
            text = simple->text();
        if (text.isEmpty() || !item->isVisible())
            continue;
        const QPointF centre = chart->mapFromScene(item->sceneBoundingRect().center());
        if (part.contains(centre))
            found.append({centre.x(), text});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList texts;
    for (const auto &[x, text] : found)
        texts << text;
    return texts;
}

void TestCharts::timelineAxesKeepTheirTitles_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN");
}

// A pairing chosen: its few exchanges make narrow count labels, beside which Qt Charts cut
// the titles on their side to "…" (drawn as "⋮") where Chinese type stands taller than Latin.
void TestCharts::timelineAxesKeepTheirTitles()
{
    QFETCH(QString, language);
    QCOMPARE(Language::apply(language), language);
    const auto english = qScopeGuard([] { Language::apply(QStringLiteral("en")); });
    TestWindow w(*m_db);
    w.window->resize(1400, 900);
    QTableView *table = w.view("pairingsView");
    const int row = w.pairings.rowOfPairing(nanjingStLouis());
    table->setCurrentIndex(w.pairings.index(row, 0));
    QCOMPARE(w.workspace.timeline.pairing(), nanjingStLouis());
    const QChart *chart = chartView(w, "timelineView")->chart();
    QVERIFY(QTest::qWaitFor([chart] { return chart->plotArea().width() > 100; }));
    QTest::qWait(50); // the axes of the chart before the pairing was chosen go
    // Over the plot: each whole, the left one over the left axis, the right one over the right.
    const QRectF plot = chart->plotArea();
    // (The top labels of the axes stand half above the plot, centred on its top.)
    const QStringList above = textsIn(chart, QRectF(0, 0, chart->rect().width(), plot.top() - 2));
    const QString perYear = QCoreApplication::translate("TimelineChart", "Per year");
    const QString total = QCoreApplication::translate("TimelineChart", "Pairings to date");
    QCOMPARE(above, (QStringList{perYear, total}));
    QList<QRectF> boxes;
    for (const QGraphicsItem *item : chart->scene()->items()) {
        if (const auto *text = dynamic_cast<const QGraphicsSimpleTextItem *>(item);
            text && (text->text() == perYear || text->text() == total)) {
            boxes << chart->mapFromScene(text->sceneBoundingRect()).boundingRect();
        }
    }
    QCOMPARE(boxes.size(), 2);
    std::sort(boxes.begin(), boxes.end(),
              [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    QVERIFY(qAbs(boxes.first().left() - plot.left()) < 2);
    QVERIFY(qAbs(boxes.last().right() - plot.right()) < 2);
    QVERIFY(boxes.first().bottom() <= plot.top());
    // Nothing else of the chart cut short.
    for (const QString &text : textsIn(chart, chart->rect()))
        QVERIFY2(!text.contains(QLatin1String("...")) && !text.contains(QChar(0x2026)),
                 qPrintable(text));
}

void TestCharts::countsAreLabelledWithWholeNumbers_data()
{
    QTest::addColumn<QString>("search");
    QTest::newRow("one pairing") << QStringLiteral("Anqing");
    QTest::newRow("two pairings") << QStringLiteral("Nanjing");
}

// A filter that keeps a few records: the statistics' axis steps by 1, not by 0.25 or 0.5,
// whose labels, whole numbers, would repeat ("0 0 1 1").
void TestCharts::countsAreLabelledWithWholeNumbers()
{
    QFETCH(QString, search);
    TestWindow w(*m_db);
    w.window->resize(1400, 900);
    auto *tabs = w.window->findChild<QTabWidget *>(QStringLiteral("chartTabs"));
    tabs->setCurrentIndex(1);
    auto *statistic = w.window->findChild<QComboBox *>(QStringLiteral("statisticBox"));
    statistic->setCurrentIndex(statistic->findData(int(BreakdownModel::PairingsByProvince)));
    auto *box = w.window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    QTest::keyClicks(box, search);
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY(w.workspace.provinces.total() > 0);
    QVERIFY(w.workspace.provinces.total() < 5);
    const QChart *chart = chartView(w, "statisticsView")->chart();
    QVERIFY(QTest::qWaitFor([chart] { return chart->plotArea().width() > 100; }));
    QCoreApplication::processEvents();
    const QRectF plot = chart->plotArea();
    const QStringList below =
        textsIn(chart, QRectF(plot.left() - 20, plot.bottom(), plot.width() + 40,
                              chart->rect().bottom() - plot.bottom()));
    QList<int> ticks;
    for (const QString &text : below) {
        bool number = false;
        const int n = text.toInt(&number);
        if (number)
            ticks << n;
    }
    std::sort(ticks.begin(), ticks.end());
    QVERIFY2(ticks.size() >= 2, qPrintable(below.join(u'|')));
    for (int i = 1; i < ticks.size(); ++i)
        QVERIFY2(ticks.at(i) > ticks.at(i - 1), qPrintable(below.join(u'|')));
    QCOMPARE(ticks.first(), 0);
    QVERIFY(ticks.last() >= w.workspace.provinces.index(0, BreakdownModel::Count).data().toInt());
}

void TestCharts::copyChartFillsTheClipboard()
{
    TestWindow w(*m_db);
    QGuiApplication::clipboard()->clear();
    w.window->findChild<QAction *>(QStringLiteral("copyChartAction"))->trigger();
    const QImage image = QGuiApplication::clipboard()->image();
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 640 && image.height() >= 400);
    // A chart, not a blank: a good share of the picture is not white.
    int inked = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            inked += image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
    }
    QVERIFY(inked > image.width() * image.height() / 16 / 50);
}

// Counting in the background, as in the program: a copy made at once after a change of
// filter shows the new filter's counts, not the old ones under the new caption.
void TestCharts::copyWaitsForTheCounts()
{
    TestWindow w(*m_db, true);
    QTRY_VERIFY(!w.workspace.timeline.isCounting());
    QTRY_VERIFY(w.workspace.choices.isRead()); // after the first paint
    auto *level = w.window->findChild<QComboBox *>(QStringLiteral("levelFilter"));
    level->setCurrentIndex(level->findData(QStringLiteral("province_state")));
    QVERIFY(w.workspace.timeline.isCounting());
    QCOMPARE(w.text("leftOutLabel"), QStringLiteral("Counting…"));
    w.window->findChild<QAction *>(QStringLiteral("copyChartAction"))->trigger();
    QVERIFY(!w.workspace.timeline.isCounting());
    QCOMPARE(w.workspace.timeline.pairingsShown() + w.workspace.timeline.pairingsOfUnknownYear(),
             sql(QStringLiteral("SELECT count(*) FROM pairings WHERE level = 'province_state'")));
}

void TestCharts::choicesReturnOnNextStart()
{
    {
        TestWindow w(*m_db);
        w.window->findChild<QTabWidget *>(QStringLiteral("chartTabs"))->setCurrentIndex(1);
        auto *statistic = w.window->findChild<QComboBox *>(QStringLiteral("statisticBox"));
        statistic->setCurrentIndex(statistic->findData(int(BreakdownModel::ExchangesByMode)));
        w.window->findChild<QComboBox *>(QStringLiteral("splitBox"))->setCurrentIndex(1);
        w.window->close();
    }
    TestWindow w(*m_db);
    QCOMPARE(w.window->findChild<QTabWidget *>(QStringLiteral("chartTabs"))->currentIndex(), 1);
    QCOMPARE(
        w.window->findChild<QComboBox *>(QStringLiteral("statisticBox"))->currentData().toInt(),
        int(BreakdownModel::ExchangesByMode));
    QCOMPARE(w.workspace.timeline.split(), TimelineSeries::Split::Mode);
}

void TestCharts::followsADarkPalette()
{
    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x2b2b2b));
    dark.setColor(QPalette::WindowText, QColor(0xeeeeee));
    dark.setColor(QPalette::Base, QColor(0x1e1e1e));
    dark.setColor(QPalette::Text, QColor(0xeeeeee));
    TestWindow w(*m_db);
    QApplication::setPalette(dark);
    QChartView *view = chartView(w, "timelineView");
    QTRY_COMPARE(view->chart()->theme(), QChart::ChartThemeDark);
    // The chart's ground is dark, as the window around it.
    const QImage shot = view->grab().toImage();
    QVERIFY(shot.pixelColor(shot.width() / 2, 3).lightness() < 100);
    QApplication::setPalette(light);
    QTRY_COMPARE(view->chart()->theme(), QChart::ChartThemeLight);
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
