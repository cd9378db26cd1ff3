// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/commandbase.h"
#include "app/domain/exchange.h"

// Adds an exchange, linked to a pairing (or to none, for a multilateral event); undone,
// removes it again. Done again, it comes back with the same id.
class AddExchangeCommand : public DatabaseCommand
{
public:
    AddExchangeCommand(const Database &database, ChangeNotifier &notifier,
                       const Exchange &exchange);
    qint64 exchangeId() const { return m_exchange.id; }

protected:
    void forward() override;
    void backward() override;
    QList<qint64> changed() const override { return {m_exchange.id}; }
    ChangeNotifier::Entity entity() const override { return ChangeNotifier::Exchanges; }

private:
    Exchange m_exchange;
};
