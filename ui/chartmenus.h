// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class ChartsPane;
class MapView;
class QAction;
class QWidget;
struct ChartNumbers;
struct Workspace;

// The right-click menus of the charts (the timeline and the statistics; Completeness is no
// chart and has none) and of the map: Copy and Export…, the same ways out as Edit > Copy Chart
// and File > Export Chart… or Export Map… take, and Save Data as CSV…, the numbers the chart
// or the map draws, as it draws them under the filters. The folder last used is remembered;
// what went wrong is said.
class ChartMenus : public QObject
{
    Q_OBJECT
public:
    // The menus' own actions the right-click menus stand for.
    struct MenuActions
    {
        QAction *copyChart = nullptr;
        QAction *exportChart = nullptr;
        QAction *exportMap = nullptr;
    };
    ChartMenus(Workspace &workspace, ChartsPane *charts, MapView *map, const MenuActions &actions,
               const QString &databaseName, QWidget *window);

signals:
    void done(const QString &message, int timeout); // for the status bar
    void failed(const QString &message);

private:
    QAction *action(const QString &text, const char *name, QAction *standsFor = nullptr);
    void copyMap();
    void saveChartData();
    void saveMapData();
    // Asks where, then writes; the file written, or none when cancelled or it failed (said).
    QString saveData(const QString &title, const QString &fileName, const ChartNumbers &numbers);

    Workspace &m_workspace;
    ChartsPane *m_charts;
    MapView *m_map;
    QString m_databaseName;
    QWidget *m_window;
};
