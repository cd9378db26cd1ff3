// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/workspace.h"

Workspace::Workspace(const Database &database, Counting counting)
    : counter(counting == Counting::InBackground ? std::make_unique<RecordCounter>(database)
                                                 : nullptr),
      statisticsCounter(counting == Counting::InBackground
                            ? std::make_unique<StatisticsCounter>(database)
                            : nullptr),
      pairings(database), pairingDetail(database), exchanges(database), exchangeDetail(database),
      choices(database), timeline(database),
      provinces(database, BreakdownModel::PairingsByProvince),
      states(database, BreakdownModel::PairingsByState),
      fields(database, BreakdownModel::ExchangesByField),
      modes(database, BreakdownModel::ExchangesByMode)
{
    pairings.setCounter(counter.get());
    exchanges.setCounter(counter.get());
    timeline.setCounter(statisticsCounter.get());
    for (BreakdownModel *model : {&provinces, &states, &fields, &modes})
        model->setCounter(statisticsCounter.get());
}
