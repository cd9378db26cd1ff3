// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editactions.h"
#include "ui/passwordkeychain.h"
#include "ui/windowsnapshot.h"

#include <QMainWindow>

class ChartsPane;
class EditionBar;
class MapView;
class FileActions;
class Commands;
class ExchangeDetailModel;
class ExchangeDetailPane;
class ExchangeListModel;
class FilterBar;
class FilterChoicesModel;
class FilteredListModel;
class PairingDetailModel;
class PairingDetailPane;
class PairingListModel;
class QAbstractItemModel;
class QAction;
class QDockWidget;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;
struct Filter;
struct Workspace;

// Assembles the panes, actions and menus: the filter bar on top; the pairings and exchanges
// lists as tabs on the left; the chosen record's detail on the right; the charts below them;
// counts in the status bar. Nothing is chosen at the start, so the charts show every record
// the filters keep until a pairing is chosen. Restores its size, splitters, column widths,
// tabs and filter from the last run.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The workspace's models outlive the window.
    // The database is named in the title by databaseName and shown whole in the status bar
    // by databaseLocation (a file's path, or a server's address).
    MainWindow(Workspace &workspace, Commands &commands, const QString &databaseLocation,
               const QString &databaseName, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows a pairing in the pairings list and its detail, clearing the filter if it hides it.
    // A pairing chosen on the map: chosen in the pairings list too, the map staying in view.
    void choosePairingOnMap(qint64 pairingId);
    void showPairing(qint64 pairingId);
    // File > Connect to Server…, with the address suggested when given; remember: how
    // "Remember the password" starts (ticked when a kept one was refused).
    void connectToServer(const QString &suggested = QString(), bool remember = false);
    // What the window shows beyond what it keeps in the settings, for a window made in its
    // place (another language) to show it again once shown itself.
    WindowSnapshot snapshot() const;
    void restore(const WindowSnapshot &shown);

signals:
    // The user asked for another database (a file's path, or a server's address without its
    // password): the program opens it in this one's place.
    void openRequested(const QString &location, const QString &password,
                       PasswordKeychain::Keeping keeping);
    // File > New Database…: a new database file to be made at path, from the shipped data or
    // empty, and opened in this one's place.
    void newDatabaseRequested(const QString &path, bool withShippedData);
    // View > Language chose another language, already applied: windows made from now on
    // speak it, so the program puts a new one in this one's place.
    void languageChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Once the window has drawn its first rows: the filter choices and the edition's look.
    void afterFirstPaint();
    static QLabel *makeBanner(const QString &text, const QString &name);
    QTableView *makeList(QAbstractItemModel *model, const QString &name, const QString &title);
    void createMenus();
    void restoreLayout();
    void saveLayout() const;
    void applyFilter(const Filter &filter);
    void showCurrentRecord();
    void showRecord(QTableView *view, FilteredListModel &list, qint64 id);
    void goToList();
    EditActions::Chosen chosenPairing() const;
    EditActions::Chosen chosenExchange() const;
    void updateCounts();
    void showError(const QString &message);
    void filterToYear(int year);
    void copyChart();
    void showRecords();
    void openRecent(const QString &location);
    void fillRecentMenu();

    Workspace &m_workspace;
    Commands &m_commands;
    EditActions *m_editing = nullptr;
    FileActions *m_files = nullptr;
    QDockWidget *m_history = nullptr;
    class RecordsDialog *m_records = nullptr; // made when first asked for
    FilterBar *m_filterBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_chartSplitter = nullptr;
    ChartsPane *m_charts = nullptr;
    QString m_databaseName;
    QTabWidget *m_lists = nullptr;
    QTableView *m_pairingsView = nullptr;
    QTableView *m_exchangesView = nullptr;
    MapView *m_map = nullptr;
    PairingDetailPane *m_pairingPane = nullptr;
    ExchangeDetailPane *m_exchangePane = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_officialLabel = nullptr; // "219 of 288 officially counted pairs"
    class QMenu *m_recentMenu = nullptr;
    EditionBar *m_editionBar = nullptr;
    bool m_painted = false; // the first paint came
};
