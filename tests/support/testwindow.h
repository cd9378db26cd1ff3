// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/commands.h"
#include "app/models/workspace.h"
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

    Workspace workspace;
    Commands commands;
    // The lists and detail models, by the names the tests use.
    PairingListModel &pairings;
    ExchangeListModel &exchanges;
    std::unique_ptr<MainWindow> window;
};
