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
      modes(database, BreakdownModel::ExchangesByMode),
      chinesePlaces(database, QStringLiteral("CN")), usPlaces(database, QStringLiteral("US")),
      placeList(database, RecordListModel::List::Places),
      institutionList(database, RecordListModel::List::Institutions),
      sourceList(database, RecordListModel::List::Sources),
      pairingList(database, RecordListModel::List::Pairings)
{
    pairings.setCounter(counter.get());
    exchanges.setCounter(counter.get());
    timeline.setCounter(statisticsCounter.get());
    for (BreakdownModel *model : {&provinces, &states, &fields, &modes})
        model->setCounter(statisticsCounter.get());
    QObject::connect(&notifier, &ChangeNotifier::changed, &pairings, [this] {
        pairings.refresh();
        exchanges.refresh();
        choices.refresh();
        timeline.refresh();
        for (BreakdownModel *model : {&provinces, &states, &fields, &modes})
            model->refresh();
        chinesePlaces.refresh();
        usPlaces.refresh();
        for (RecordListModel *list : {&placeList, &institutionList, &sourceList, &pairingList})
            list->refresh();
    });
}
