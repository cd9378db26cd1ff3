// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class PairingDetailModel;
class QAction;
namespace Ui {
class PairingDetailPane;
}

// Shows the pairing the detail model holds: both places with their Chinese names, province or
// state and coordinates; relation, level, date at its own precision, status, notes; its
// exchanges and its sources as links. Unknown values are said to be unknown. The pane scrolls
// where it is shorter than its contents. An exchange in its table opens in the editor on a
// double-click or Enter, and offers the actions given it, and "Show in Exchanges Tab", on a
// right-click.
class PairingDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit PairingDetailPane(PairingDetailModel *model, QWidget *parent = nullptr);
    ~PairingDetailPane() override;

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    // The exchange chosen in the table of exchanges (0 for none), and its title.
    qint64 currentExchange() const;
    QString currentExchangeTitle() const;
    // Offered in the table's context menu, and on their keys while the table has the focus.
    void addExchangeActions(const QList<QAction *> &actions);

signals:
    void currentExchangeChanged();
    void exchangeActivated(); // a double-click or Enter: open it
    void showInExchangesTab(qint64 exchangeId);

private:
    void showDetail();
    void fitExchangesToRows();

    PairingDetailModel *m_model;
    QAction *m_showInList;
    std::unique_ptr<Ui::PairingDetailPane> m_ui;
};
