// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/commands.h"
#include "app/storage/changenotifier.h"
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QTemporaryDir>

#include <memory>

// For the command tests: a database with the shipped data, new for each test, and the
// commands over it, as the program has them.
class CommandsFixture
{
protected:
    void freshDatabase()
    {
        m_commands.reset();
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = TestSupport::createWithShippedData(*m_dir);
        m_notifier = std::make_unique<ChangeNotifier>();
        m_commands = std::make_unique<Commands>(*m_db, *m_notifier);
    }

    // Another copy of the program on the same database, as a colleague's would be: its own
    // connection, notifier and commands.
    struct OtherCopy
    {
        explicit OtherCopy(const Database &opened)
            : database(Database::openAnotherConnection(opened)), commands(*database, notifier)
        {}
        std::unique_ptr<Database> database;
        ChangeNotifier notifier;
        Commands commands;
    };

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<Commands> m_commands;
};
