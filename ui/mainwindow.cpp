// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "app/domain/filter.h"
#include "app/io/listexport.h"
#include "app/models/exchangedetailmodel.h"
#include "app/models/exchangelistmodel.h"
#include "app/models/filterchoicesmodel.h"
#include "app/models/filterdescription.h"
#include "app/models/pairingdetailmodel.h"
#include "app/models/pairinglistmodel.h"
#include "app/models/roles.h"
#include "app/models/workspace.h"
#include "ui/chart/chartcaptions.h"
#include "ui/chart/chartspane.h"
#include "ui/dialogs/aboutbox.h"
#include "ui/dialogs/exportdrawingdialog.h"
#include "ui/dialogs/importdialog.h"
#include "ui/dialogs/recordsdialog.h"
#include "ui/editactions.h"
#include "ui/map/mapfile.h"
#include "ui/map/mapview.h"
#include "ui/panes/exchangedetailpane.h"
#include "ui/panes/filterbar.h"
#include "ui/panes/pairingdetailpane.h"
#include "ui/panes/undohistory.h"
#include "ui/settings.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace {
qint64 sum(const QList<FilterChoice> &choices)
{
    return std::accumulate(choices.begin(), choices.end(), qint64(0),
                           [](qint64 total, const FilterChoice &c) { return total + c.count; });
}
} // namespace

MainWindow::MainWindow(Workspace &workspace, Commands &commands, const QString &databaseLocation,
                       QWidget *parent)
    : QMainWindow(parent), m_workspace(workspace), m_commands(commands)
{
    m_databaseName = QFileInfo(databaseLocation).fileName();
    setWindowTitle(tr("%1 – Bridges").arg(m_databaseName));

    m_filterBar = new FilterBar(&workspace.choices);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    m_pairingsView = makeList(&workspace.pairings, QStringLiteral("pairingsView"), tr("Pairings"));
    m_exchangesView =
        makeList(&workspace.exchanges, QStringLiteral("exchangesView"), tr("Exchanges"));
    m_pairingsView->horizontalHeader()->setSortIndicator(PairingListModel::ChinesePlace,
                                                         Qt::AscendingOrder);
    m_exchangesView->horizontalHeader()->setSortIndicator(ExchangeListModel::Date,
                                                          Qt::DescendingOrder);
    m_pairingsView->setSortingEnabled(true);
    m_exchangesView->setSortingEnabled(true);

    m_lists = new QTabWidget;
    m_lists->setObjectName(QStringLiteral("lists"));
    m_lists->addTab(m_pairingsView, tr("Pairings"));
    m_lists->addTab(m_exchangesView, tr("Exchanges"));
    m_map = new MapView(&workspace.map);
    m_lists->addTab(m_map, tr("Map"));

    m_pairingPane = new PairingDetailPane(&workspace.pairingDetail);
    m_pairingPane->setObjectName(QStringLiteral("detailPane"));
    m_exchangePane = new ExchangeDetailPane(&workspace.exchangeDetail);
    m_exchangePane->setObjectName(QStringLiteral("exchangePane"));
    auto *details = new QWidget;
    auto *detailLayout = new QVBoxLayout(details);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_pairingPane);
    detailLayout->addWidget(m_exchangePane);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_lists);
    m_splitter->addWidget(details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    m_charts = new ChartsPane({&workspace.timeline, &workspace.provinces, &workspace.states,
                               &workspace.fields, &workspace.modes, &workspace.choices});
    m_charts->setObjectName(QStringLiteral("chartsPane"));
    m_charts->setDatabaseName(m_databaseName);
    m_chartSplitter = new QSplitter(Qt::Vertical);
    m_chartSplitter->setObjectName(QStringLiteral("chartSplitter"));
    m_chartSplitter->addWidget(m_splitter);
    m_chartSplitter->addWidget(m_charts);
    m_chartSplitter->setStretchFactor(0, 3);
    m_chartSplitter->setStretchFactor(1, 2);
    m_chartSplitter->setChildrenCollapsible(false);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_chartSplitter, 1);
    setCentralWidget(central);

    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->showMessage(QDir::toNativeSeparators(databaseLocation));
    m_editing = new EditActions(
        workspace, commands,
        {[this] { return m_pairingsView->currentIndex().data(Roles::RecordIdRole).toLongLong(); },
         [this] { return m_exchangesView->currentIndex().data(Roles::RecordIdRole).toLongLong(); },
         [this] { return m_lists->currentWidget() != m_exchangesView; }},
        this);
    connect(m_editing, &EditActions::pairingSaved, this, &MainWindow::showPairing);
    connect(m_editing, &EditActions::failed, this, &MainWindow::showError);
    m_pairingsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_pairingsView->addActions({m_editing->newPairing(), m_editing->editPairing(),
                                m_editing->deletePairing(), m_editing->citeSource()});
    connect(m_pairingsView, &QTableView::activated, m_editing->editPairing(), &QAction::trigger);
    m_exchangesView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_exchangesView->addActions({m_editing->newExchange(), m_editing->editExchange(),
                                 m_editing->deleteExchange(), m_editing->citeSource()});
    connect(m_exchangesView, &QTableView::activated, m_editing->editExchange(), &QAction::trigger);
    m_history = new QDockWidget(tr("Undo History"), this);
    m_history->setObjectName(QStringLiteral("undoHistoryDock"));
    auto *history = new UndoHistory(commands);
    history->setObjectName(QStringLiteral("undoHistory"));
    connect(history, &UndoHistory::failed, this, &MainWindow::showError);
    m_history->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, m_history);
    m_history->hide();
    createMenus();

    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_lists, &QTabWidget::currentChanged, this, &MainWindow::showCurrentRecord);
    for (QTableView *view : {m_pairingsView, m_exchangesView}) {
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &MainWindow::showCurrentRecord);
        // After a sort or a filter the list holds other rows: keep the chosen record if it is
        // still among the first rows read, else choose none.
        connect(view->model(), &QAbstractItemModel::modelAboutToBeReset, this, [this, view] {
            view->setProperty("chosenId", view->currentIndex().data(Roles::RecordIdRole));
        });
        connect(view->model(), &QAbstractItemModel::modelReset, this, [this, view] {
            QAbstractItemModel *model = view->model();
            const QModelIndexList kept =
                model->match(model->index(0, 0), Roles::RecordIdRole, view->property("chosenId"), 1,
                             Qt::MatchExactly);
            if (kept.isEmpty()) {
                view->selectionModel()->clear();
            } else {
                view->setCurrentIndex(kept.first());
                view->scrollTo(kept.first());
            }
            // An empty list emits no change of current row: show that nothing is chosen.
            showCurrentRecord();
            updateCounts();
        });
        connect(view->model(), &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    }
    connect(&workspace.pairings, &FilteredListModel::countChanged, this, &MainWindow::updateCounts);
    connect(&workspace.exchanges, &FilteredListModel::countChanged, this,
            &MainWindow::updateCounts);
    connect(&workspace.choices, &FilterChoicesModel::changed, this, &MainWindow::updateCounts);
    connect(m_exchangePane, &ExchangeDetailPane::pairingActivated, this, &MainWindow::showPairing);
    connect(m_map, &MapView::pairingClicked, this, &MainWindow::choosePairingOnMap);
    connect(&workspace.map, &MapModel::errorOccurred, this, &MainWindow::showError);
    connect(m_charts, &ChartsPane::yearClicked, this, &MainWindow::filterToYear);
    connect(m_charts, &ChartsPane::partClicked, this,
            [this](BreakdownModel::What what, const QString &key) {
                if (key.isEmpty())
                    return; // "not recorded": no filter names that
                Filter filter = m_filterBar->filter();
                switch (what) {
                case BreakdownModel::PairingsByProvince:
                    filter.province = key;
                    break;
                case BreakdownModel::PairingsByState:
                    filter.state = key;
                    break;
                case BreakdownModel::ExchangesByField:
                    filter.field = key;
                    break;
                case BreakdownModel::ExchangesByMode:
                    filter.mode = key;
                    break;
                }
                m_filterBar->setFilter(filter);
                applyFilter(filter);
            });
    connect(m_charts, &ChartsPane::showAllRequested, this,
            [this] { m_pairingsView->selectionModel()->clear(); });
    for (BreakdownModel *model :
         {&workspace.provinces, &workspace.states, &workspace.fields, &workspace.modes}) {
        connect(model, &BreakdownModel::errorOccurred, this, &MainWindow::showError);
    }
    connect(&workspace.timeline, &TimelineSeries::errorOccurred, this, &MainWindow::showError);
    connect(&workspace.pairings, &PairingListModel::errorOccurred, this, &MainWindow::showError);
    connect(&workspace.exchanges, &ExchangeListModel::errorOccurred, this, &MainWindow::showError);
    connect(&workspace.pairingDetail, &PairingDetailModel::errorOccurred, this,
            &MainWindow::showError);
    connect(&workspace.exchangeDetail, &ExchangeDetailModel::errorOccurred, this,
            &MainWindow::showError);

    restoreLayout();
    for (FilteredListModel *model : {static_cast<FilteredListModel *>(&workspace.pairings),
                                     static_cast<FilteredListModel *>(&workspace.exchanges)}) {
        if (!model->lastError().isEmpty())
            QMetaObject::invokeMethod(
                this, [this, model] { showError(model->lastError()); }, Qt::QueuedConnection);
    }
    showCurrentRecord();
    updateCounts();
    // The search box has the focus: a list taking it would choose its first row, and the
    // charts would show that one pairing instead of every record.
    m_filterBar->focusSearch();
}

MainWindow::~MainWindow() = default;

QTableView *MainWindow::makeList(QAbstractItemModel *model, const QString &name,
                                 const QString &title)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setAccessibleName(title);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 8);
    view->horizontalHeader()->setSectionsMovable(true);
    return view;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import…"), this, &MainWindow::importFile);
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(tr("Ctrl+I"));
    QAction *exportList = file->addAction(tr("Export &List…"), this, &MainWindow::exportList);
    exportList->setObjectName(QStringLiteral("exportListAction"));
    exportList->setShortcut(tr("Ctrl+E"));
    QAction *exportChart = file->addAction(tr("&Export Chart…"), this, &MainWindow::exportChart);
    exportChart->setObjectName(QStringLiteral("exportChartAction"));
    exportChart->setShortcut(tr("Ctrl+Shift+E"));
    QAction *exportMap = file->addAction(tr("Export &Map…"), this, &MainWindow::exportMap);
    exportMap->setObjectName(QStringLiteral("exportMapAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_editing->undo(), m_editing->redo()});
    edit->addSeparator();
    edit->addActions(
        {m_editing->newPairing(), m_editing->editPairing(), m_editing->deletePairing()});
    edit->addSeparator();
    edit->addActions(
        {m_editing->newExchange(), m_editing->editExchange(), m_editing->deleteExchange()});
    edit->addAction(m_editing->citeSource());
    QAction *records =
        edit->addAction(tr("Places, &Institutions and Sources…"), this, &MainWindow::showRecords);
    records->setObjectName(QStringLiteral("recordsAction"));
    records->setShortcut(tr("Ctrl+Shift+R"));
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), m_filterBar, &FilterBar::focusSearch);
    find->setShortcut(QKeySequence::Find);
    QAction *clear = edit->addAction(tr("C&lear Filters"), this, [this] {
        m_filterBar->setFilter(Filter());
        applyFilter(Filter());
    });
    clear->setObjectName(QStringLiteral("clearFiltersAction"));
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("Copy C&hart"), this, &MainWindow::copyChart);
    copy->setObjectName(QStringLiteral("copyChartAction"));
    copy->setShortcut(tr("Ctrl+Shift+C"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_editing->refresh());
    QAction *history = m_history->toggleViewAction();
    history->setObjectName(QStringLiteral("undoHistoryAction"));
    view->addAction(history);

    QToolBar *tools = addToolBar(tr("Editing"));
    tools->setObjectName(QStringLiteral("editingToolBar"));
    tools->addActions(
        {m_editing->newPairing(), m_editing->editPairing(), m_editing->deletePairing()});
    tools->addSeparator();
    tools->addActions({m_editing->undo(), m_editing->redo()});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Bridges"), this, [this] { AboutBox::show(this); });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

// The list in view, as the filters keep it, to CSV or JSON; a long one shows its progress and
// can be cancelled, leaving no file behind.
void MainWindow::exportList()
{
    const bool pairings = m_lists->currentIndex() == 0;
    const Filter filter = pairings ? m_workspace.pairings.filter() : m_workspace.exchanges.filter();
    const qint64 total =
        pairings ? m_workspace.pairings.totalCount() : m_workspace.exchanges.totalCount();
    Settings settings;
    const QString folder = settings.exportFolder();
    QFileDialog dialog(this, pairings ? tr("Export Pairings") : tr("Export Exchanges"),
                       QDir(folder).filePath(pairings ? tr("pairings.csv") : tr("exchanges.csv")));
    dialog.setObjectName(QStringLiteral("exportListDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({tr("CSV, for spreadsheets (*.csv)"), tr("JSON (*.json)")});
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    // Choosing a format gives the name its suffix, so the file is what its name says.
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog](const QString &chosen) {
        const QString suffix =
            chosen.contains(QLatin1String("json")) ? QStringLiteral("json") : QStringLiteral("csv");
        dialog.setDefaultSuffix(suffix);
        const QStringList selected = dialog.selectedFiles();
        if (!selected.isEmpty()) {
            const QFileInfo file(selected.first());
            dialog.selectFile(file.completeBaseName() + QLatin1Char('.') + suffix);
        }
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().first();
    const auto format =
        QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0
            ? ListExport::Format::Json
            : ListExport::Format::Csv;
    QProgressDialog progress(pairings ? tr("Writing %1 pairings…").arg(QLocale().toString(total))
                                      : tr("Writing %1 exchanges…").arg(QLocale().toString(total)),
                             tr("Cancel"), 0, int(std::min<qint64>(total, INT_MAX)), this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QString error;
    const qint64 rows = ListExport::write(
        m_workspace.database, pairings ? ListExport::List::Pairings : ListExport::List::Exchanges,
        format, filter, path,
        [&progress](qint64 written) {
            progress.setValue(int(std::min<qint64>(written, progress.maximum())));
            return !progress.wasCanceled();
        },
        &error);
    progress.reset();
    if (rows < 0) {
        if (!error.isEmpty())
            showError(error);
        else
            statusBar()->showMessage(tr("Export cancelled; no file was written."), 6000);
        return;
    }
    settings.setExportFolder(QFileInfo(path).absolutePath());
    statusBar()->showMessage(
        (pairings ? tr("%1 pairings written to %2") : tr("%1 exchanges written to %2"))
            .arg(QLocale().toString(rows), QDir::toNativeSeparators(path)),
        6000);
}

// A file of pairings or exchanges, looked at in the import dialog before anything is written.
void MainWindow::importFile()
{
    Settings settings;
    const QString folder = settings.exportFolder();
    QFileDialog dialog(this, tr("Import Pairings, Exchanges or Places"), folder);
    dialog.setObjectName(QStringLiteral("importFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilters({tr("CSV or JSON (*.csv *.txt *.json)"), tr("CSV (*.csv *.txt)"),
                           tr("JSON list (*.json)"), tr("All files (*)")});
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().first();
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        showError(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), input.errorString()));
        return;
    }
    ImportDialog preview(m_commands, input.readAll(), QFileInfo(path).fileName(), this);
    if (preview.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Imported %1").arg(QDir::toNativeSeparators(path)), 6000);
}

void MainWindow::showRecords()
{
    if (!m_records) {
        m_records = new RecordsDialog(m_workspace, m_commands, this);
        // Undo, redo and refresh work from the dialog too.
        m_records->addActions({m_editing->undo(), m_editing->redo(), m_editing->refresh()});
    }
    m_records->show();
    m_records->raise();
    m_records->activateWindow();
}

void MainWindow::restoreLayout()
{
    const Settings settings;
    if (!restoreGeometry(settings.windowGeometry())) {
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        resize(std::min(1400, screen.width() * 9 / 10), std::min(900, screen.height() * 9 / 10));
    }
    restoreState(settings.windowState());
    if (!m_splitter->restoreState(settings.mainSplitter()))
        m_splitter->setSizes({width() * 13 / 20, width() * 7 / 20});
    const QList<QPair<QTableView *, QByteArray>> lists = {
        {m_pairingsView, settings.pairingColumns()},
        {m_exchangesView, settings.exchangeListColumns()}};
    for (const auto &[view, state] : lists) {
        QHeaderView *columns = view->horizontalHeader();
        if (!columns->restoreState(state)) {
            view->resizeColumnsToContents();
            for (int column = 0; column < columns->count(); ++column)
                columns->resizeSection(column, std::min(columns->sectionSize(column), 160));
        }
    }
    if (settings.exchangeListColumns().isEmpty())
        m_exchangesView->horizontalHeader()->resizeSection(ExchangeListModel::Title, 320);
    m_pairingPane->restoreState(settings.exchangeColumns());
    if (!m_chartSplitter->restoreState(settings.chartSplitter()))
        m_chartSplitter->setSizes({height() / 2, height() / 2});
    m_charts->setCurrentTab(settings.chartTab());
    m_charts->setCurrentStatistic(settings.statistic());
    m_charts->setSplitByMode(settings.chartByMode());
    m_lists->setCurrentIndex(settings.currentList());
    const Filter filter = Filter::fromMap(settings.filter());
    m_filterBar->setFilter(filter);
    applyFilter(filter);
}

void MainWindow::saveLayout() const
{
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setMainSplitter(m_splitter->saveState());
    settings.setPairingColumns(m_pairingsView->horizontalHeader()->saveState());
    settings.setExchangeListColumns(m_exchangesView->horizontalHeader()->saveState());
    settings.setExchangeColumns(m_pairingPane->saveState());
    settings.setCurrentList(m_lists->currentIndex());
    settings.setChartSplitter(m_chartSplitter->saveState());
    settings.setChartTab(m_charts->currentTab());
    settings.setStatistic(m_charts->currentStatistic());
    settings.setChartByMode(m_charts->splitByMode());
    settings.setFilter(m_filterBar->filter().toMap());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::applyFilter(const Filter &filter)
{
    m_workspace.pairings.setFilter(filter);
    m_workspace.exchanges.setFilter(filter);
    m_charts->setFilter(filter);
    m_workspace.map.setFilter(filter);
    updateCounts();
}

void MainWindow::choosePairingOnMap(qint64 pairingId)
{
    const int row = m_workspace.pairings.rowOfPairing(pairingId);
    if (row < 0)
        return;
    const QModelIndex index = m_workspace.pairings.index(row, 0);
    m_pairingsView->setCurrentIndex(index);
    m_pairingsView->scrollTo(index);
}

void MainWindow::showCurrentRecord()
{
    // The map shows pairings: the pairing chosen there is the one in the pairings list.
    const bool pairings = m_lists->currentWidget() != m_exchangesView;
    m_pairingPane->setVisible(pairings);
    m_exchangePane->setVisible(!pairings);
    const QModelIndex pairing = m_pairingsView->currentIndex();
    const QModelIndex exchange = m_exchangesView->currentIndex();
    m_workspace.pairingDetail.showPairing(
        pairing.isValid() ? pairing.data(Roles::RecordIdRole).toLongLong() : 0);
    m_map->setSelectedPairing(pairing.isValid() ? pairing.data(Roles::RecordIdRole).toLongLong()
                                                : 0);
    m_workspace.exchangeDetail.showExchange(
        exchange.isValid() ? exchange.data(Roles::RecordIdRole).toLongLong() : 0);
    m_editing->updateEnabled();
    // The timeline shows the pairing chosen in the pairings list, while that list is in view.
    const PairingDetailModel &detail = m_workspace.pairingDetail;
    if (pairings && detail.hasPairing()) {
        m_charts->setPairing(
            detail.detail().pairing.id,
            tr("%1 – %2").arg(detail.detail().chinesePlace.nameEn, detail.detail().usPlace.nameEn));
    } else {
        m_charts->setPairing(0, QString());
    }
}

void MainWindow::showPairing(qint64 pairingId)
{
    m_lists->setCurrentWidget(m_pairingsView);
    int row = m_workspace.pairings.rowOfPairing(pairingId);
    if (row < 0 && !m_workspace.pairings.filter().isEmpty()) {
        m_filterBar->setFilter(Filter());
        applyFilter(Filter());
        row = m_workspace.pairings.rowOfPairing(pairingId);
    }
    if (row < 0)
        return;
    const QModelIndex index = m_workspace.pairings.index(row, 0);
    m_pairingsView->setCurrentIndex(index);
    m_pairingsView->scrollTo(index);
    m_pairingsView->setFocus();
}

void MainWindow::updateCounts()
{
    const FilterChoices &choices = m_workspace.choices.choices();
    const QLocale locale;
    // A count still being made in the background shows as an ellipsis.
    auto number = [&locale](qint64 n) { return n < 0 ? tr("…") : locale.toString(n); };
    const QString pairings = number(m_workspace.pairings.totalCount());
    const QString exchanges = number(m_workspace.exchanges.totalCount());
    m_lists->setTabText(0, tr("Pairings (%1)").arg(pairings));
    m_lists->setTabText(1, tr("Exchanges (%1)").arg(exchanges));
    m_countLabel->setText(
        tr("Pairings: %1 of %2 · Exchanges: %3 of %4")
            .arg(pairings, number(sum(choices.levels)), exchanges, number(sum(choices.fields))));
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Bridges"), message);
}

// A click on a year of the timeline keeps the exchanges of that year, and the pairings with one.
void MainWindow::filterToYear(int year)
{
    Filter filter = m_filterBar->filter();
    filter.exchangeFrom = year;
    filter.exchangeTo = year;
    m_filterBar->setFilter(filter);
    applyFilter(filter);
    statusBar()->showMessage(tr("Showing the exchanges of %1").arg(year), 4000);
}

void MainWindow::exportChart()
{
    Settings settings;
    m_charts->waitForCounts(); // the caption says what the counts show
    const ChartCaption caption = m_charts->caption();
    const QString folder = settings.exportFolder();
    const QString name = m_charts->currentTab() == 0 ? tr("timeline") : tr("statistics");
    ExportDrawingDialog dialog(tr("Export Chart"),
                               QDir(folder).filePath(name + QStringLiteral(".png")), caption.title,
                               this);
    dialog.setDrawingSize(m_charts->fileSize(settings.exportSize()));
    dialog.setDpi(settings.exportDpi());
    if (dialog.exec() != QDialog::Accepted)
        return;
    ChartCaption chosen = caption;
    chosen.title = dialog.title();
    QString error;
    if (!m_charts->writeFile(chosen, dialog.path(), dialog.format(), dialog.drawingSize(),
                             dialog.dpi(), &error)) {
        showError(error);
        return;
    }
    settings.setExportFolder(QFileInfo(dialog.path()).absolutePath());
    settings.setExportSize(dialog.drawingSize());
    settings.setExportDpi(dialog.dpi());
    statusBar()->showMessage(
        tr("Chart exported to %1").arg(QDir::toNativeSeparators(dialog.path())), 6000);
}

// The map of the pairings the filters keep, China and the US whole, with its title, the
// filters and the credit; the chosen pairing marked.
void MainWindow::exportMap()
{
    Settings settings;
    const QString folder = settings.exportFolder();
    ExportDrawingDialog dialog(tr("Export Map"),
                               QDir(folder).filePath(tr("map") + QStringLiteral(".png")),
                               tr("China–US sister pairings"), this);
    dialog.setObjectName(QStringLiteral("exportMapDialog"));
    dialog.setDrawingSize(QSize(1600, 1000));
    dialog.setDpi(settings.exportDpi());
    if (dialog.exec() != QDialog::Accepted)
        return;
    MapModel &map = m_workspace.map;
    map.setWanted(true); // read now if the map is not in view
    const ChartCaption caption{dialog.title(),
                               FilterDescription::text(map.filter(), m_workspace.choices.choices()),
                               ChartCaptions::source(m_databaseName)};
    QString error;
    const bool written =
        MapFile::write(map, caption, m_map->selectedPairing(), dialog.path(), dialog.format(),
                       dialog.drawingSize(), dialog.dpi(), &error);
    map.setWanted(m_map->isVisible());
    if (!written) {
        showError(error);
        return;
    }
    settings.setExportFolder(QFileInfo(dialog.path()).absolutePath());
    settings.setExportDpi(dialog.dpi());
    statusBar()->showMessage(tr("Map exported to %1").arg(QDir::toNativeSeparators(dialog.path())),
                             6000);
}

// The chart in view, with its caption, at the size it has on screen (sharp on high-DPI).
void MainWindow::copyChart()
{
    const qreal ratio = devicePixelRatioF();
    const QSize size = m_charts->chartSize().expandedTo(QSize(640, 400)) * ratio;
    QGuiApplication::clipboard()->setImage(m_charts->image(size, qRound(96 * ratio)));
    statusBar()->showMessage(tr("Chart copied"), 3000);
}
