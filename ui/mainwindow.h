// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class PairingListModel;
class PairingDetailModel;
class PairingDetailPane;
class QLabel;
class QSplitter;
class QTableView;

// Assembles the panes, actions and menus: the pairings list on the left, the chosen pairing's
// detail on the right, a count in the status bar. Restores its size, splitter and column widths
// from the last run.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(PairingListModel *pairings, PairingDetailModel *detail,
               const QString &databaseLocation, QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreLayout();
    void saveLayout() const;
    void showCurrentPairing(const QModelIndex &current);
    void updateCount();
    void showError(const QString &message);

    PairingListModel *m_pairings;
    PairingDetailModel *m_detail;
    QSplitter *m_splitter = nullptr;
    QTableView *m_pairingsView = nullptr;
    PairingDetailPane *m_detailPane = nullptr;
    QLabel *m_countLabel = nullptr;
};
