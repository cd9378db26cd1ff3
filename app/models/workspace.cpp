// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/workspace.h"

#include <algorithm>

Workspace::Workspace(const Database &database, Counting counting)
    : database(database),
      counter(counting == Counting::InBackground ? std::make_unique<RecordCounter>(database)
                                                 : nullptr),
      statisticsCounter(counting == Counting::InBackground
                            ? std::make_unique<StatisticsCounter>(database)
                            : nullptr),
      // With counters, the lists read their first rows now and count in the background, the
      // charts count there from the first, and the choices wait for readTheRest().
      pairings(database, counter.get()), pairingsWithoutYear(database), pairingDetail(database),
      exchanges(database, counter.get()), exchangeDetail(database),
      choices(database, counting == Counting::InBackground ? FilterChoicesModel::FirstRead::Later
                                                           : FilterChoicesModel::FirstRead::AtOnce),
      timeline(database, statisticsCounter.get()),
      provinces(database, BreakdownModel::PairingsByProvince, statisticsCounter.get()),
      states(database, BreakdownModel::PairingsByState, statisticsCounter.get()),
      fields(database, BreakdownModel::ExchangesByField, statisticsCounter.get()),
      modes(database, BreakdownModel::ExchangesByMode, statisticsCounter.get()), map(database),
      chinesePlaces(database, QStringLiteral("CN")), usPlaces(database, QStringLiteral("US")),
      placeList(database, RecordListModel::List::Places),
      institutionList(database, RecordListModel::List::Institutions),
      sourceList(database, RecordListModel::List::Sources),
      pairingList(database, RecordListModel::List::Pairings),
      officialCountList(database, RecordListModel::List::OfficialCounts), officialTotals(database),
      otherChanges(database, notifier), connection(database, notifier)
{
    QObject::connect(&connection, &ServerConnection::restored, &otherChanges,
                     &OtherChanges::listenAgain);
    pairingsWithoutYear.setCounter(counter.get());
    QObject::connect(
        &notifier, &ChangeNotifier::changed, &pairings, [this](ChangeNotifier::Entity entity) {
            // An official total is shown by its list, the timeline and the status bar alone.
            if (entity == ChangeNotifier::OfficialCounts || entity == ChangeNotifier::Everything) {
                officialCountList.refresh();
                officialTotals.refresh();
            }
            if (entity == ChangeNotifier::OfficialCounts) {
                timeline.refresh();
                return;
            }
            pairings.refresh();
            pairingsWithoutYear.refresh();
            exchanges.refresh();
            choices.refresh();
            timeline.refresh();
            for (BreakdownModel *model : {&provinces, &states, &fields, &modes})
                model->refresh();
            chinesePlaces.refresh();
            usPlaces.refresh();
            // The record lists show what other records say of them (how many pairings name a
            // place, how often a source is cited); each is read again only when that may have
            // changed, so an editor's pickers over the others stay as they are.
            using Entity = ChangeNotifier::Entity;
            const auto touches = [entity](std::initializer_list<Entity> entities) {
                return entity == ChangeNotifier::Everything ||
                       std::find(entities.begin(), entities.end(), entity) != entities.end();
            };
            if (touches({ChangeNotifier::Places, ChangeNotifier::Pairings})) {
                placeList.refresh();
                map.refresh();
            }
            if (touches({ChangeNotifier::Institutions, ChangeNotifier::Places,
                         ChangeNotifier::Exchanges}))
                institutionList.refresh();
            if (touches(
                    {ChangeNotifier::Sources, ChangeNotifier::Pairings, ChangeNotifier::Exchanges}))
                sourceList.refresh();
            if (touches({ChangeNotifier::Pairings, ChangeNotifier::Places}))
                pairingList.refresh();
        });
}

void Workspace::readTheRest()
{
    if (!choices.isRead())
        choices.refresh();
}
