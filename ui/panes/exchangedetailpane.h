// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class ExchangeDetailModel;
class QLabel;

// Shows the exchange the detail model holds: dates at their precision, field, mode, the
// pairings it belongs to (each a link that jumps to the pairing), places, location,
// institutions, participants, description and sources.
class ExchangeDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit ExchangeDetailPane(ExchangeDetailModel *model, QWidget *parent = nullptr);

signals:
    void pairingActivated(qint64 pairingId);

private:
    void showDetail();
    QLabel *addRow(const QString &caption, const QString &name);

    ExchangeDetailModel *m_model;
    QWidget *m_details;
    QLabel *m_empty;
    QLabel *m_title;
    QLabel *m_date;
    QLabel *m_field;
    QLabel *m_mode;
    QLabel *m_pairings;
    QLabel *m_places;
    QLabel *m_location;
    QLabel *m_institutions;
    QLabel *m_participants;
    QLabel *m_description;
    QLabel *m_sources;
    class QFormLayout *m_form;
};
