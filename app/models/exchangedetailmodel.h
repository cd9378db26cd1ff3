// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/exchange.h"
#include "app/storage/exchangestore.h"
#include "app/storage/sourcestore.h"

#include <QObject>

class Database;

// The exchange the user has chosen, read whole for its detail pane: dates, field and mode,
// the pairings it belongs to, places, institutions, description and sources.
class ExchangeDetailModel : public QObject
{
    Q_OBJECT
public:
    explicit ExchangeDetailModel(const Database &database, QObject *parent = nullptr);

    // Shows the exchange with this id; 0 (or an id that no longer exists) shows none.
    void showExchange(qint64 exchangeId);
    bool hasExchange() const { return m_detail.exchange.id != 0; }
    const ExchangeDetail &detail() const { return m_detail; }

signals:
    void changed();
    void errorOccurred(const QString &message);

private:
    ExchangeStore m_exchanges;
    SourceStore m_sources;
    ExchangeDetail m_detail;
};
