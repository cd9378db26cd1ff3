// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chartmenus.h"

#include "app/io/csvfile.h"
#include "app/models/chartnumbers.h"
#include "app/models/filterchoicesmodel.h"
#include "app/models/filterdescription.h"
#include "app/models/workspace.h"
#include "ui/chart/chartcaptions.h"
#include "ui/chart/chartspane.h"
#include "ui/map/mapfile.h"
#include "ui/map/mapview.h"
#include "ui/settings.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QWidget>

ChartMenus::ChartMenus(Workspace &workspace, ChartsPane *charts, MapView *map,
                       const MenuActions &actions, const QString &databaseName, QWidget *window)
    : QObject(window), m_workspace(workspace), m_charts(charts), m_map(map),
      m_databaseName(databaseName), m_window(window)
{
    QAction *saveChart = action(tr("Save Data as &CSV…"), "saveChartDataAction");
    connect(saveChart, &QAction::triggered, this, &ChartMenus::saveChartData);
    m_charts->addChartActions({action(tr("&Copy"), "copyChartMenuAction", actions.copyChart),
                               action(tr("&Export…"), "exportChartMenuAction", actions.exportChart),
                               saveChart});

    QAction *copyMap = action(tr("&Copy"), "copyMapAction");
    connect(copyMap, &QAction::triggered, this, &ChartMenus::copyMap);
    QAction *saveMap = action(tr("Save Data as &CSV…"), "saveMapDataAction");
    connect(saveMap, &QAction::triggered, this, &ChartMenus::saveMapData);
    m_map->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_map->addActions(
        {copyMap, action(tr("&Export…"), "exportMapMenuAction", actions.exportMap), saveMap});
}

// An action of the right-click menus; one that stands for a menu's action does what it does.
QAction *ChartMenus::action(const QString &text, const char *name, QAction *standsFor)
{
    auto *made = new QAction(text, this);
    made->setObjectName(QLatin1String(name));
    if (standsFor)
        connect(made, &QAction::triggered, standsFor, &QAction::trigger);
    return made;
}

// The map as File > Export Map… draws it (China and the US whole, the caption, the credit), at
// the size it has on screen, sharp on high-DPI.
void ChartMenus::copyMap()
{
    MapModel &map = m_workspace.map;
    map.setWanted(true);
    const ChartCaption caption{tr("China–US sister pairings"),
                               FilterDescription::text(map.filter(), m_workspace.choices.choices()),
                               ChartCaptions::source(m_databaseName)};
    const qreal ratio = m_window->devicePixelRatioF();
    const QSize size = m_map->size().expandedTo(QSize(640, 400)) * ratio;
    QGuiApplication::clipboard()->setImage(
        MapFile::image(map, caption, m_map->selectedPairing(), size, qRound(96 * ratio)));
    map.setWanted(m_map->isVisible());
    emit done(tr("Map copied"), 3000);
}

void ChartMenus::saveChartData()
{
    const bool timeline = m_charts->currentTab() == 0;
    const QString path =
        saveData(tr("Save the Chart's Data"), timeline ? tr("timeline") : tr("statistics"),
                 m_charts->numbers());
    if (!path.isEmpty())
        emit done(tr("The chart's numbers written to %1").arg(QDir::toNativeSeparators(path)),
                  6000);
}

void ChartMenus::saveMapData()
{
    MapModel &map = m_workspace.map;
    map.setWanted(true);
    const ChartNumbers numbers = ChartNumbers::map(map);
    map.setWanted(m_map->isVisible());
    const QString path = saveData(tr("Save the Map's Data"), tr("map"), numbers);
    if (!path.isEmpty())
        emit done(tr("The map's numbers written to %1").arg(QDir::toNativeSeparators(path)), 6000);
}

QString ChartMenus::saveData(const QString &title, const QString &fileName,
                             const ChartNumbers &numbers)
{
    Settings settings;
    QFileDialog dialog(m_window, title,
                       QDir(settings.exportFolder()).filePath(fileName + QStringLiteral(".csv")));
    dialog.setObjectName(QStringLiteral("saveDataDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({tr("CSV, for spreadsheets (*.csv)")});
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().first();
    QString error;
    if (!CsvFile::write(path, numbers.columns, numbers.rows, &error)) {
        emit failed(error);
        return {};
    }
    settings.setExportFolder(QFileInfo(path).absolutePath());
    return path;
}
