// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/exchangerows.h"

#include "app/storage/database.h"

ExchangeRows ExchangeRows::capture(const Database &database, qint64 exchangeId)
{
    const QSqlDatabase db = database.connection();
    ExchangeRows rows;
    rows.m_tables << RowSnapshot::capture(db, QStringLiteral("exchanges"), QStringLiteral("id = ?"),
                                          {exchangeId});
    for (const char *links :
         {"exchange_pairings", "exchange_places", "exchange_institutions", "exchange_sources"}) {
        rows.m_tables << RowSnapshot::capture(db, QLatin1String(links),
                                              QStringLiteral("exchange_id = ?"), {exchangeId});
    }
    return rows;
}

void ExchangeRows::restore(const Database &database) const
{
    for (const RowSnapshot &table : m_tables)
        table.restore(database.connection());
}
