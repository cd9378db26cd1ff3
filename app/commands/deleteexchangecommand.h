// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/commandbase.h"
#include "app/domain/exchange.h"
#include "app/storage/exchangerows.h"

// Deletes an exchange with its links; undone, every row comes back as it was. Refused if
// someone changed the exchange since it was read.
class DeleteExchangeCommand : public DatabaseCommand
{
public:
    DeleteExchangeCommand(const Database &database, ChangeNotifier &notifier,
                          const Exchange &exchange);

protected:
    void forward() override;
    void backward() override;
    QList<qint64> changed() const override { return {m_exchange.id}; }
    ChangeNotifier::Entity entity() const override { return ChangeNotifier::Exchanges; }

private:
    Exchange m_exchange;
    ExchangeRows m_rows;
};
