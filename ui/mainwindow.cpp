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
#include "ui/chartmenus.h"
#include "ui/databaseactions.h"
#include "ui/dialogs/aboutbox.h"
#include "ui/dialogs/connectdialog.h"
#include "ui/dialogs/exportdrawingdialog.h"
#include "ui/dialogs/importdialog.h"
#include "ui/dialogs/recordsdialog.h"
#include "ui/dialogs/shortcutlist.h"
#include "ui/editactions.h"
#include "ui/fileactions.h"
#include "ui/languagemenu.h"
#include "ui/map/mapfile.h"
#include "ui/map/mapview.h"
#include "ui/panes/chosenrow.h"
#include "ui/panes/columnfit.h"
#include "ui/panes/editionbar.h"
#include "ui/panes/exchangedetailpane.h"
#include "ui/panes/filterbar.h"
#include "ui/panes/pairingdetailpane.h"
#include "ui/panes/undohistory.h"
#include "ui/passwordkeychain.h"
#include "ui/placenamesmenu.h"
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
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
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
                       const QString &databaseName, QWidget *parent)
    : QMainWindow(parent), m_workspace(workspace), m_commands(commands)
{
    m_databaseName = databaseName;
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
    m_lists->setAccessibleName(tr("Lists"));
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
                               &workspace.fields, &workspace.modes, &workspace.choices,
                               &workspace.pairingsWithoutYear});
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
    if (commands.isReadOnly()) {
        // Said once, where it cannot be missed; every edit is disabled besides.
        QLabel *banner = makeBanner(
            tr("<b>Read only.</b> Your role on the server may read this database but not change "
               "it: editing, importing and undo are off. Ask the database's administrator for the "
               "right to write."),
            QStringLiteral("readOnlyBanner"));
        banner->setAccessibleName(tr("Read-only database"));
        layout->addWidget(banner);
        setWindowTitle(tr("%1 (read only) – Bridges").arg(m_databaseName));
    }
    // A lost connection to the server: said until it is made again.
    QLabel *lost = makeBanner(tr("<b>The connection to the server was lost.</b> Bridges is "
                                 "trying to connect again; what is shown may be out of date, and "
                                 "changes cannot be saved until then."),
                              QStringLiteral("connectionBanner"));
    lost->hide();
    layout->addWidget(lost);
    connect(&workspace.connection, &ServerConnection::lost, lost, &QWidget::show);
    connect(&workspace.connection, &ServerConnection::restored, this, [this, lost] {
        lost->hide();
        statusBar()->showMessage(tr("Connected to the server again."), 6000);
    });
    // A newer edition of the shipped data: said above the lists once the window is up.
    auto *edition = new EditionBar(commands, databaseLocation);
    layout->addWidget(edition);
    connect(&workspace.notifier, &ChangeNotifier::changed, edition, &EditionBar::lookAgainSoon);
    connect(edition, &EditionBar::taken, this, [this](const QString &summary) {
        statusBar()->showMessage(tr("Taken: %1 Edit > Undo takes it back.").arg(summary), 10000);
    });
    // Its first look, with the filter choices, waits for the first paint (afterFirstPaint).
    m_editionBar = edition;
    layout->addWidget(m_filterBar);
    layout->addWidget(m_chartSplitter, 1);
    setCentralWidget(central);

    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_officialLabel = new QLabel;
    m_officialLabel->setObjectName(QStringLiteral("officialCountLabel"));
    m_officialLabel->setContentsMargins(0, 0, fontMetrics().averageCharWidth() * 2, 0);
    statusBar()->addPermanentWidget(m_officialLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->showMessage(QDir::toNativeSeparators(databaseLocation));
    m_editing =
        new EditActions(workspace, commands,
                        {[this] { return chosenPairing(); }, [this] { return chosenExchange(); },
                         [this] { return m_lists->currentWidget() != m_exchangesView; }},
                        this);
    connect(m_editing, &EditActions::pairingSaved, this, &MainWindow::showPairing);
    connect(m_editing, &EditActions::failed, this, &MainWindow::showError);
    m_files = new FileActions(workspace, commands,
                              {m_charts, m_map,
                               [this] { return m_lists->currentWidget() != m_exchangesView; },
                               m_databaseName},
                              this);
    connect(m_files, &FileActions::failed, this, &MainWindow::showError);
    connect(m_files, &FileActions::done, statusBar(), &QStatusBar::showMessage);
    m_files->importAction()->setEnabled(!commands.isReadOnly());
    m_pairingsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_pairingsView->addActions({m_editing->newPairing(), m_editing->editPairing(),
                                m_editing->deletePairing(), m_editing->citeSource()});
    connect(m_pairingsView, &QTableView::activated, m_editing->editPairing(), &QAction::trigger);
    m_exchangesView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_exchangesView->addActions({m_editing->newExchange(), m_editing->editExchange(),
                                 m_editing->deleteExchange(), m_editing->citeSource()});
    connect(m_exchangesView, &QTableView::activated, m_editing->editExchange(), &QAction::trigger);
    // The chosen pairing's exchanges are acted on as those of the exchanges list are.
    m_pairingPane->addExchangeActions({m_editing->editExchange(), m_editing->deleteExchange()});
    connect(m_pairingPane, &PairingDetailPane::exchangeActivated, m_editing->editExchange(),
            &QAction::trigger);
    connect(m_pairingPane, &PairingDetailPane::currentExchangeChanged, m_editing,
            &EditActions::updateEnabled);
    connect(m_pairingPane, &PairingDetailPane::showInExchangesTab, this,
            [this](qint64 id) { showRecord(m_exchangesView, m_workspace.exchanges, id); });
    // A pairing renamed: the actions name it anew.
    connect(&workspace.pairingDetail, &PairingDetailModel::changed, m_editing,
            &EditActions::updateEnabled);
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
    // Down or Enter in the search box goes on to the list in view, Escape there comes back.
    connect(m_filterBar, &FilterBar::listWanted, this, &MainWindow::goToList);
    for (QWidget *list : QList<QWidget *>{m_pairingsView, m_exchangesView, m_map}) {
        auto *back = new QShortcut(QKeySequence(Qt::Key_Escape), list);
        back->setContext(Qt::WidgetWithChildrenShortcut);
        connect(back, &QShortcut::activated, m_filterBar, &FilterBar::focusSearch);
    }
    connect(m_lists, &QTabWidget::currentChanged, this, &MainWindow::showCurrentRecord);
    for (QTableView *view : {m_pairingsView, m_exchangesView}) {
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &MainWindow::showCurrentRecord);
        // After a sort or a filter the list holds other rows: keep the chosen record if it is
        // still among the first rows read, else choose none.
        ChosenRow::keepThroughResets(view);
        connect(view->model(), &QAbstractItemModel::modelReset, this, [this] {
            // An empty list emits no change of current row: show that nothing is chosen.
            showCurrentRecord();
            updateCounts();
        });
        connect(view->model(), &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    }
    connect(&workspace.pairings, &FilteredListModel::countChanged, this, &MainWindow::updateCounts);
    connect(&workspace.pairingsWithoutYear, &PairingsWithoutYear::changed, this,
            &MainWindow::updateCounts);
    connect(&workspace.pairingsWithoutYear, &PairingsWithoutYear::errorOccurred, this,
            &MainWindow::showError);
    connect(&workspace.exchanges, &FilteredListModel::countChanged, this,
            &MainWindow::updateCounts);
    connect(&workspace.choices, &FilterChoicesModel::changed, this, &MainWindow::updateCounts);
    connect(&workspace.officialTotals, &OfficialTotals::changed, this, &MainWindow::updateCounts);
    connect(&workspace.officialTotals, &OfficialTotals::errorOccurred, this,
            &MainWindow::showError);
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
    // A count of Completeness lists its pairings alone, whatever was filtered before.
    connect(m_charts, &ChartsPane::filterChosen, this, [this](const Filter &filter) {
        m_filterBar->setFilter(filter);
        applyFilter(filter);
        m_lists->setCurrentWidget(m_pairingsView);
    });
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
    // The lists' tabs are drawn whichever list is in view: their first paint is the window's.
    m_lists->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_lists && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        m_lists->removeEventFilter(this);
        // Queued: after this paint has reached the screen.
        QTimer::singleShot(0, this, &MainWindow::afterFirstPaint);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::afterFirstPaint()
{
    m_workspace.readTheRest();
    m_editionBar->look();
}

MainWindow::~MainWindow() = default;

// A line across the window that says something about the database as a whole.
QLabel *MainWindow::makeBanner(const QString &text, const QString &name)
{
    auto *banner = new QLabel(text);
    banner->setObjectName(name);
    banner->setWordWrap(true);
    banner->setMargin(6);
    banner->setAutoFillBackground(true);
    banner->setBackgroundRole(QPalette::ToolTipBase);
    banner->setForegroundRole(QPalette::ToolTipText);
    return banner;
}

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
    // Tab goes on to the next part of the window; the arrow keys move in the list.
    view->setTabKeyNavigation(false);
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
    auto *databases = new DatabaseActions(this);
    connect(databases, &DatabaseActions::openRequested, this, [this](const QString &path) {
        emit openRequested(path, QString(), PasswordKeychain::Keeping::AsItIs);
    });
    connect(databases, &DatabaseActions::newRequested, this, &MainWindow::newDatabaseRequested);
    file->addActions({databases->newAction(), databases->openAction()});
    QAction *connectAction =
        file->addAction(tr("&Connect to Server…"), this, [this] { connectToServer(); });
    connectAction->setObjectName(QStringLiteral("connectAction"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    file->addActions({m_files->importAction(), m_files->exportListAction(),
                      m_files->exportChartAction(), m_files->exportMapAction()});
    file->addSeparator();
    file->addActions({m_files->printReportAction(), m_files->exportReportAction()});
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
    for (QAction *chart : {copy, m_files->exportChartAction()})
        connect(m_charts, &ChartsPane::chartInViewChanged, chart, &QAction::setEnabled);
    // The same ways out, and the numbers, on the charts' and the map's right-click menus.
    auto *menus = new ChartMenus(m_workspace, m_charts, m_map,
                                 {copy, m_files->exportChartAction(), m_files->exportMapAction()},
                                 m_databaseName, this);
    connect(menus, &ChartMenus::done, statusBar(), &QStatusBar::showMessage);
    connect(menus, &ChartMenus::failed, this, &MainWindow::showError);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_editing->refresh());
    QAction *history = m_history->toggleViewAction();
    history->setObjectName(QStringLiteral("undoHistoryAction"));
    view->addAction(history);
    PlaceNamesMenu::add(view, m_workspace);
    view->addSeparator();
    LanguageMenu::add(view, [this] { emit languageChanged(); });

    QToolBar *tools = addToolBar(tr("Editing"));
    tools->setObjectName(QStringLiteral("editingToolBar"));
    tools->addActions(
        {m_editing->newPairing(), m_editing->editPairing(), m_editing->deletePairing()});
    tools->addSeparator();
    tools->addActions({m_editing->undo(), m_editing->redo()});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        QDialog *list = ShortcutList::make(this);
        list->setAttribute(Qt::WA_DeleteOnClose);
        list->show();
    });
    keys->setObjectName(QStringLiteral("shortcutListAction"));
    keys->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(tr("&About Bridges"), this, [this] {
        AboutBox::show(this, sum(m_workspace.choices.choices().levels),
                       m_workspace.officialTotals.latest());
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

WindowSnapshot MainWindow::snapshot() const
{
    WindowSnapshot shown;
    shown.pairings = WindowSnapshot::of(*m_pairingsView);
    shown.exchanges = WindowSnapshot::of(*m_exchangesView);
    if (const QWidget *focused = QApplication::focusWidget(); focused && isAncestorOf(focused))
        shown.focus = focused->objectName();
    if (m_records && m_records->isVisible()) {
        shown.recordsOpen = true;
        shown.recordsGeometry = m_records->saveGeometry();
        shown.recordsKind = m_records->kindInView();
    }
    return shown;
}

void MainWindow::restore(const WindowSnapshot &shown)
{
    WindowSnapshot::showAgain(*m_exchangesView, shown.exchanges);
    // The pairing last: the charts show it when the pairings are in view.
    WindowSnapshot::showAgain(*m_pairingsView, shown.pairings);
    if (shown.recordsOpen) {
        showRecords();
        m_records->restoreGeometry(shown.recordsGeometry);
        m_records->showKind(shown.recordsKind);
        activateWindow(); // the language was chosen here
    }
    if (!shown.focus.isEmpty()) {
        if (auto *focused = findChild<QWidget *>(shown.focus))
            focused->setFocus();
    }
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
    // Columns never sized before fit the list, names giving way to the other columns.
    if (!m_pairingsView->horizontalHeader()->restoreState(settings.pairingColumns())) {
        new ColumnFit(m_pairingsView,
                      {PairingListModel::ChinesePlace, PairingListModel::Province,
                       PairingListModel::UsPlace, PairingListModel::State},
                      160);
    }
    if (!m_exchangesView->horizontalHeader()->restoreState(settings.exchangeListColumns())) {
        auto *fit = new ColumnFit(
            m_exchangesView,
            {ExchangeListModel::Title, ExchangeListModel::Pairing, ExchangeListModel::Location},
            160);
        fit->setWidest(ExchangeListModel::Title, 320);
    }
    m_pairingPane->restoreState(settings.exchangeColumns());
    if (!m_chartSplitter->restoreState(settings.chartSplitter()))
        m_chartSplitter->setSizes({height() / 2, height() / 2});
    m_charts->setCurrentTab(settings.chartTab());
    m_charts->setCurrentStatistic(settings.statistic());
    m_charts->setSplitByMode(settings.chartByMode());
    m_lists->setCurrentIndex(settings.currentList());
    m_filterBar->setMoreFiltersShown(settings.moreFiltersShown());
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
    settings.setMoreFiltersShown(m_filterBar->moreFiltersShown());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::applyFilter(const Filter &filter)
{
    m_workspace.pairings.setFilter(filter);
    m_workspace.pairingsWithoutYear.setFilter(filter);
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

// The first row of the list in view, with the focus (the map takes the focus alone).
void MainWindow::goToList()
{
    QWidget *inView = m_lists->currentWidget();
    if (auto *list = qobject_cast<QTableView *>(inView); list && list->model()->rowCount() > 0) {
        list->setCurrentIndex(list->model()->index(0, 0));
        list->scrollToTop();
    }
    inView->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showPairing(qint64 pairingId)
{
    showRecord(m_pairingsView, m_workspace.pairings, pairingId);
}

// The record chosen in its list, brought into view, the filter cleared if it hides the record.
void MainWindow::showRecord(QTableView *view, FilteredListModel &list, qint64 id)
{
    m_lists->setCurrentWidget(view);
    int row = list.rowOfRecord(id);
    if (row < 0 && !list.filter().isEmpty()) {
        m_filterBar->setFilter(Filter());
        applyFilter(Filter());
        row = list.rowOfRecord(id);
    }
    if (row < 0)
        return;
    const QModelIndex index = list.index(row, 0);
    view->setCurrentIndex(index);
    view->scrollTo(index);
    view->setFocus();
}

EditActions::Chosen MainWindow::chosenPairing() const
{
    const qint64 id = m_pairingsView->currentIndex().data(Roles::RecordIdRole).toLongLong();
    const PairingDetailModel &shown = m_workspace.pairingDetail;
    if (id == 0 || !shown.hasPairing() || shown.detail().pairing.id != id)
        return {id, QString()};
    const PairingDetail &detail = shown.detail();
    return {id, tr("%1 – %2").arg(detail.chinesePlace.nameEn, detail.usPlace.nameEn)};
}

// The exchange chosen in the exchanges list while it is in view, else the one chosen among
// the chosen pairing's exchanges.
EditActions::Chosen MainWindow::chosenExchange() const
{
    if (m_lists->currentWidget() != m_exchangesView)
        return {m_pairingPane->currentExchange(), m_pairingPane->currentExchangeTitle()};
    const QModelIndex current = m_exchangesView->currentIndex();
    return {current.data(Roles::RecordIdRole).toLongLong(),
            current.siblingAtColumn(ExchangeListModel::Title).data().toString()};
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
    // The established years hide the pairings of unknown year, and their exchanges: said.
    const QString hidden = FilterDescription::withoutYear(m_workspace.pairingsWithoutYear.count());
    m_lists->setTabToolTip(0, hidden);
    m_lists->setTabToolTip(1, hidden);
    // The totals come with the choices' counts, read after the first paint.
    const bool read = m_workspace.choices.isRead();
    m_countLabel->setText(tr("Pairings: %1 of %2 · Exchanges: %3 of %4")
                              .arg(pairings, number(read ? sum(choices.levels) : -1), exchanges,
                                   number(read ? sum(choices.fields) : -1)));
    // Every pairing held against the latest official total, whatever the filters keep.
    const OfficialTotals &official = m_workspace.officialTotals;
    m_officialLabel->setText(official.comparison(sum(choices.levels)));
    m_officialLabel->setVisible(read && official.latest().has_value());
    if (const auto latest = official.latest()) {
        m_officialLabel->setToolTip(
            tr("The pairings in this database against the latest official total, of %1")
                .arg(latest->date.toDisplayString()));
    }
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

// The chart in view, with its caption, at the size it has on screen (sharp on high-DPI).
void MainWindow::copyChart()
{
    const qreal ratio = devicePixelRatioF();
    const QSize size = m_charts->chartSize().expandedTo(QSize(640, 400)) * ratio;
    QGuiApplication::clipboard()->setImage(m_charts->image(size, qRound(96 * ratio)));
    statusBar()->showMessage(tr("Chart copied"), 3000);
}

// A team's database on a PostgreSQL server: its address asked for (suggested, when given,
// as a postgresql:// address), and the password.
void MainWindow::connectToServer(const QString &suggested, bool remember)
{
    ServerAddress address;
    address.user = qEnvironmentVariable("USER");
    if (const auto given = ServerAddress::fromUrl(suggested, nullptr))
        address = *given;
    ConnectDialog dialog(address, this);
    dialog.setRememberPassword(remember);
    if (dialog.exec() == QDialog::Accepted) {
        emit openRequested(dialog.address().url(), dialog.password(),
                           dialog.rememberPassword() ? PasswordKeychain::Keeping::Keep
                                                     : PasswordKeychain::Keeping::Forget);
    }
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings().recentDatabases();
    for (const QString &location : recent) {
        const auto server = ServerAddress::fromUrl(location, nullptr);
        const QString text = server ? server->shown() : QDir::toNativeSeparators(location);
        m_recentMenu->addAction(text, this, [this, location] { openRecent(location); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No databases opened yet"))->setEnabled(false);
}

// A file opens as it is; a server with the password the keychain keeps, else asking for it.
void MainWindow::openRecent(const QString &location)
{
    if (!ServerAddress::looksLikeUrl(location)) {
        // A file moved or removed since is not made anew in its place.
        if (!QFileInfo::exists(location)) {
            showError(tr("%1 is no longer there: it was moved or removed.")
                          .arg(QDir::toNativeSeparators(location)));
            return;
        }
        emit openRequested(location, QString(), PasswordKeychain::Keeping::AsItIs);
        return;
    }
    QString error;
    const QString kept = PasswordKeychain::read(location, &error);
    if (kept.isEmpty())
        connectToServer(location);
    else
        emit openRequested(location, kept, PasswordKeychain::Keeping::AsItIs);
}
