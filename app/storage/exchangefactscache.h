// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <mutex>

class Database;
class ExchangeFacts;

// The exchange facts of one database, shared by all the connections this program has to it
// (the window's and each counting thread's): read when first asked for, and again when the
// database's stamp says they changed. Safe to ask from any thread; one that asks while another
// reads waits for that reading rather than doing it again.
class ExchangeFactsCache
{
public:
    // The facts as of what this connection sees now, or null when they cannot be held (count
    // in SQL then). Throws StorageError.
    std::shared_ptr<const ExchangeFacts> current(const Database &database);

private:
    std::mutex m_mutex;
    std::shared_ptr<const ExchangeFacts> m_facts;
};
