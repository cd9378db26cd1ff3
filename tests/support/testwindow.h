// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/models/exchangedetailmodel.h"
#include "app/models/exchangelistmodel.h"
#include "app/models/filterchoicesmodel.h"
#include "app/models/pairingdetailmodel.h"
#include "app/models/pairinglistmodel.h"
#include "app/models/recordcounter.h"
#include "ui/mainwindow.h"

#include <QString>

#include <memory>

class Database;
class QLabel;
class QTableView;

// The main window over a test database, with the models main() gives it, shown and exposed.
// With background counting on, counts arrive from a RecordCounter as in the program.
struct TestWindow
{
    explicit TestWindow(const Database &database, bool countInBackground = false);
    ~TestWindow();

    QTableView *view(const char *name) const;
    QString text(const char *label) const; // a label's text, by object name

    std::unique_ptr<RecordCounter> counter;
    PairingListModel pairings;
    PairingDetailModel pairingDetail;
    ExchangeListModel exchanges;
    ExchangeDetailModel exchangeDetail;
    FilterChoicesModel choices;
    std::unique_ptr<MainWindow> window;
};
