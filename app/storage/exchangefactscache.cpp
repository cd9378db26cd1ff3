// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/exchangefactscache.h"

#include "app/storage/exchangefacts.h"

std::shared_ptr<const ExchangeFacts> ExchangeFactsCache::current(const Database &database)
{
    const qint64 stamp = ExchangeFacts::stampOf(database);
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (m_facts && m_facts->stamp() == stamp)
        return m_facts;
    // Read in one transaction with its own stamp: of a later state if a change was committed
    // meanwhile, which the next question's stamp will match.
    std::shared_ptr<const ExchangeFacts> facts = ExchangeFacts::read(database);
    if (facts)
        m_facts = facts;
    return facts;
}
