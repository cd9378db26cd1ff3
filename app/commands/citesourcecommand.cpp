// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/citesourcecommand.h"

#include "app/storage/sourcestore.h"

#include <QCoreApplication>

CiteSourceCommand::CiteSourceCommand(const Database &database, ChangeNotifier &notifier,
                                     Owner owner, qint64 ownerId, const Source &source,
                                     const QString &ownerName)
    : DatabaseCommand(database, notifier), m_owner(owner), m_ownerId(ownerId), m_source(source)
{
    setName([ownerName] {
        return QCoreApplication::translate("Commands", "Cite a source for %1").arg(ownerName);
    });
}

ChangeNotifier::Entity CiteSourceCommand::entity() const
{
    return m_owner == Pairing ? ChangeNotifier::Pairings : ChangeNotifier::Exchanges;
}

void CiteSourceCommand::forward()
{
    SourceStore store(m_database);
    // The source this step cited before, if an undo left it (someone had corrected it);
    // otherwise the one with this address, if any.
    qint64 existing = m_source.id != 0 && store.byId(m_source.id) ? m_source.id : 0;
    if (existing == 0 && !m_source.url.isEmpty())
        existing = store.withUrl(m_source.url);
    m_added = existing == 0;
    // Done again after an undo took the source away, it comes back with the same id.
    m_source.id = existing ? existing : store.insert(m_source);
    if (m_owner == Pairing)
        store.citeForPairing(m_ownerId, m_source.id);
    else
        store.citeForExchange(m_ownerId, m_source.id);
}

void CiteSourceCommand::backward()
{
    SourceStore(m_database)
        .uncite(m_owner == Pairing ? SourceStore::pairingLinks() : SourceStore::exchangeLinks(),
                m_owner == Pairing ? QStringLiteral("pairing_id") : QStringLiteral("exchange_id"),
                m_ownerId, m_source.id, m_added);
}
