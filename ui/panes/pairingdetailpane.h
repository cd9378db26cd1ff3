// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class PairingDetailModel;
namespace Ui {
class PairingDetailPane;
}

// Shows the pairing the detail model holds: both places with their Chinese names, province or
// state and coordinates; relation, level, date at its own precision, status, notes; its
// exchanges and its sources as links. Unknown values are said to be unknown. The pane scrolls
// where it is shorter than its contents.
class PairingDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit PairingDetailPane(PairingDetailModel *model, QWidget *parent = nullptr);
    ~PairingDetailPane() override;

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

private:
    void showDetail();
    void fitExchangesToRows();

    PairingDetailModel *m_model;
    std::unique_ptr<Ui::PairingDetailPane> m_ui;
};
