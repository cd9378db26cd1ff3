// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class ChartsPane;
class Commands;
class MapView;
class PairingReport;
class QAction;
class QWidget;
struct Workspace;

// The File menu's ways in and out: Import… (a file of pairings, exchanges or places, looked at
// in the import dialog before anything is written), Export List… (the list in view, as the
// filters keep it, to CSV or JSON), Export Chart… and Export Map… (PNG, SVG or PDF, with
// title, filters and sources). The folder last used is remembered; what went wrong is said.
class FileActions : public QObject
{
    Q_OBJECT
public:
    // What the exports draw on: the charts and the map in the window, which list is in view,
    // and the database's name for the captions.
    struct Views
    {
        ChartsPane *charts = nullptr;
        MapView *map = nullptr;
        std::function<bool()> pairingsInView;
        QString databaseName;
    };
    FileActions(Workspace &workspace, Commands &commands, Views views, QWidget *window);

    QAction *importAction() const { return m_import; }
    QAction *exportListAction() const { return m_exportList; }
    QAction *exportChartAction() const { return m_exportChart; }
    QAction *exportMapAction() const { return m_exportMap; }
    QAction *printReportAction() const { return m_printReport; }
    QAction *exportReportAction() const { return m_exportReport; }

signals:
    void done(const QString &message, int timeout); // for the status bar
    void failed(const QString &message);

private:
    void importFile();
    void exportList();
    void exportChart();
    void exportMap();
    void printReport();
    void exportReport();
    void updateReportActions();
    std::unique_ptr<PairingReport> chosenReport();

    Workspace &m_workspace;
    Commands &m_commands;
    QWidget *m_window;
    ChartsPane *m_charts;
    MapView *m_mapView;
    std::function<bool()> m_pairingsInView;
    QString m_databaseName;
    QAction *m_import = nullptr;
    QAction *m_exportList = nullptr;
    QAction *m_exportChart = nullptr;
    QAction *m_exportMap = nullptr;
    QAction *m_printReport = nullptr;
    QAction *m_exportReport = nullptr;
};
