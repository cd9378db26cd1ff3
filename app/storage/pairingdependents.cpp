// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/pairingdependents.h"

#include "app/storage/database.h"
#include "app/storage/sqlquery.h"

#include <algorithm>

namespace {
// The exchanges linked to this pairing and to no other.
const QString ownExchangesSql = QStringLiteral(
    "SELECT exchange_id FROM exchange_pairings WHERE pairing_id = ? AND exchange_id NOT IN "
    "(SELECT exchange_id FROM exchange_pairings WHERE pairing_id <> ?)");
} // namespace

PairingDependents PairingDependents::capture(const Database &database, qint64 pairingId)
{
    const QSqlDatabase db = database.connection();
    PairingDependents d;
    QSqlQuery own = Sql::run(db, ownExchangesSql, {pairingId, pairingId});
    while (own.next())
        d.m_ownExchanges << own.value(0).toLongLong();
    std::sort(d.m_ownExchanges.begin(), d.m_ownExchanges.end());
    QSqlQuery all =
        Sql::run(db, QStringLiteral("SELECT count(*) FROM exchange_pairings WHERE pairing_id = ?"),
                 {pairingId});
    d.m_sharedExchanges = (all.next() ? all.value(0).toInt() : 0) - int(d.m_ownExchanges.size());
    const QString ofOwn = QStringLiteral("exchange_id IN (%1)").arg(ownExchangesSql);
    d.m_pairing =
        RowSnapshot::capture(db, QStringLiteral("pairings"), QStringLiteral("id = ?"), {pairingId});
    d.m_exchanges = RowSnapshot::capture(db, QStringLiteral("exchanges"),
                                         QStringLiteral("id IN (%1)").arg(ownExchangesSql),
                                         {pairingId, pairingId});
    d.m_exchangePlaces =
        RowSnapshot::capture(db, QStringLiteral("exchange_places"), ofOwn, {pairingId, pairingId});
    d.m_exchangeInstitutions = RowSnapshot::capture(db, QStringLiteral("exchange_institutions"),
                                                    ofOwn, {pairingId, pairingId});
    d.m_exchangeSources =
        RowSnapshot::capture(db, QStringLiteral("exchange_sources"), ofOwn, {pairingId, pairingId});
    d.m_exchangePairings = RowSnapshot::capture(db, QStringLiteral("exchange_pairings"),
                                                QStringLiteral("pairing_id = ?"), {pairingId});
    d.m_pairingSources = RowSnapshot::capture(db, QStringLiteral("pairing_sources"),
                                              QStringLiteral("pairing_id = ?"), {pairingId});
    return d;
}

void PairingDependents::removeOwnExchanges(const Database &database) const
{
    for (const qint64 id : m_ownExchanges)
        Sql::run(database.connection(), QStringLiteral("DELETE FROM exchanges WHERE id = ?"), {id});
}

// Parents before the rows that point at them.
void PairingDependents::restore(const Database &database) const
{
    const QSqlDatabase db = database.connection();
    for (const RowSnapshot *rows :
         {&m_pairing, &m_exchanges, &m_exchangePlaces, &m_exchangeInstitutions, &m_exchangeSources,
          &m_exchangePairings, &m_pairingSources}) {
        rows->restore(db);
    }
}
