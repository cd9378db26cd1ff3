// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "app/models/pairingdetailmodel.h"
#include "app/models/pairinglistmodel.h"
#include "app/models/roles.h"
#include "ui/dialogs/aboutbox.h"
#include "ui/panes/pairingdetailpane.h"
#include "ui/settings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

#include <algorithm>

MainWindow::MainWindow(PairingListModel *pairings, PairingDetailModel *detail,
                       const QString &databaseLocation, QWidget *parent)
    : QMainWindow(parent), m_pairings(pairings), m_detail(detail)
{
    setWindowTitle(tr("%1 – Bridges").arg(QFileInfo(databaseLocation).fileName()));

    m_pairingsView = new QTableView;
    m_pairingsView->setObjectName(QStringLiteral("pairingsView"));
    m_pairingsView->setAccessibleName(tr("Pairings"));
    m_pairingsView->setModel(pairings);
    m_pairingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pairingsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pairingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pairingsView->setAlternatingRowColors(true);
    m_pairingsView->setWordWrap(false);
    m_pairingsView->verticalHeader()->hide();
    m_pairingsView->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 8);
    m_pairingsView->horizontalHeader()->setSortIndicator(PairingListModel::ChinesePlace,
                                                         Qt::AscendingOrder);
    m_pairingsView->horizontalHeader()->setSectionsMovable(true);
    m_pairingsView->setSortingEnabled(true);

    m_detailPane = new PairingDetailPane(detail);
    m_detailPane->setObjectName(QStringLiteral("detailPane"));

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_pairingsView);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->showMessage(QDir::toNativeSeparators(databaseLocation));

    createMenus();

    connect(m_pairingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentPairing);
    connect(pairings, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(pairings, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCount);
    connect(pairings, &PairingListModel::errorOccurred, this, &MainWindow::showError);
    connect(detail, &PairingDetailModel::errorOccurred, this, &MainWindow::showError);
    // After a re-sort the list holds other rows: follow the first one.
    connect(pairings, &QAbstractItemModel::modelReset, this,
            [this] { m_pairingsView->setCurrentIndex(m_pairings->index(0, 0)); });

    restoreLayout();
    updateCount();
    m_pairingsView->setCurrentIndex(pairings->index(0, 0));
    m_pairingsView->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Bridges"), this, [this] { AboutBox::show(this); });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
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
    QHeaderView *columns = m_pairingsView->horizontalHeader();
    if (!columns->restoreState(settings.pairingColumns())) {
        m_pairingsView->resizeColumnsToContents();
        for (int column = 0; column < columns->count(); ++column)
            columns->resizeSection(column, std::min(columns->sectionSize(column), 160));
    }
    m_detailPane->restoreState(settings.exchangeColumns());
}

void MainWindow::saveLayout() const
{
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setMainSplitter(m_splitter->saveState());
    settings.setPairingColumns(m_pairingsView->horizontalHeader()->saveState());
    settings.setExchangeColumns(m_detailPane->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::showCurrentPairing(const QModelIndex &current)
{
    m_detail->showPairing(current.isValid() ? current.data(Roles::RecordIdRole).toLongLong() : 0);
}

void MainWindow::updateCount()
{
    const qint64 total = m_pairings->totalCount();
    m_countLabel->setText(tr("Pairings: %1").arg(QLocale().toString(total)));
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Bridges"), message);
}
