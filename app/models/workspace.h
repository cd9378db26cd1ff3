// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/models/breakdownmodel.h"
#include "app/models/exchangedetailmodel.h"
#include "app/models/exchangelistmodel.h"
#include "app/models/filterchoicesmodel.h"
#include "app/models/mapmodel.h"
#include "app/models/officialtotals.h"
#include "app/models/otherchanges.h"
#include "app/models/pairingdetailmodel.h"
#include "app/models/pairinglistmodel.h"
#include "app/models/pairingswithoutyear.h"
#include "app/models/placechoicesmodel.h"
#include "app/models/recordcounter.h"
#include "app/models/recordlistmodel.h"
#include "app/models/serverconnection.h"
#include "app/models/statisticscounter.h"
#include "app/models/timelineseries.h"
#include "app/storage/changenotifier.h"

#include <memory>

class Database;

// The models one open database is shown through: the two lists, the chosen record of each,
// the filter choices, the timeline and the statistics, and (unless told otherwise) the
// background counters that the lists and the charts count with, so the window never waits for
// them. Whatever the notifier announces, they read again (keeping filter and order). The
// window reads them; the database must outlive them.
struct Workspace
{
    enum class Counting { InBackground, AtOnce };

    explicit Workspace(const Database &database, Counting counting = Counting::InBackground);
    // Counting in the background, the workspace reads at first only what the window's first
    // paint shows (the lists' first rows; the charts are counted in the background): this
    // reads the rest (the filter choices and their counts), once the window is up.
    void readTheRest();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    const Database &database;
    ChangeNotifier notifier;                // every change to the records is announced here
    std::unique_ptr<RecordCounter> counter; // declared first: the lists hold it
    std::unique_ptr<StatisticsCounter> statisticsCounter; // the charts' models hold it
    PairingListModel pairings;
    PairingsWithoutYear pairingsWithoutYear; // those the established years hide for want of one
    PairingDetailModel pairingDetail;
    ExchangeListModel exchanges;
    ExchangeDetailModel exchangeDetail;
    FilterChoicesModel choices;
    TimelineSeries timeline;
    BreakdownModel provinces;
    BreakdownModel states;
    BreakdownModel fields;
    BreakdownModel modes;
    MapModel map;
    PlaceChoicesModel chinesePlaces; // for the editors
    PlaceChoicesModel usPlaces;
    // For the editors and the list of records; each read when first shown.
    RecordListModel placeList;
    RecordListModel institutionList;
    RecordListModel sourceList;
    RecordListModel pairingList;
    RecordListModel officialCountList;
    OfficialTotals officialTotals; // the latest, against the pairings held (status bar, About)
    OtherChanges otherChanges;     // on a server, others' changes are read as they are saved
    ServerConnection connection;   // on a server, a lost connection is noticed and made again
};
