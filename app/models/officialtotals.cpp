// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/officialtotals.h"

#include "app/storage/officialcountstore.h"
#include "app/storage/storageerror.h"

#include <QLocale>

OfficialTotals::OfficialTotals(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
    refresh();
}

void OfficialTotals::refresh()
{
    try {
        m_counts = OfficialCountStore(m_database).all();
        m_lastError.clear();
    } catch (const StorageError &e) {
        m_counts.clear();
        m_lastError = e.message();
    }
    emit changed();
    if (!m_lastError.isEmpty())
        emit errorOccurred(m_lastError);
}

std::optional<OfficialCount> OfficialTotals::latest() const
{
    // Read in date order, then in the order recorded.
    if (m_counts.isEmpty())
        return std::nullopt;
    return m_counts.last();
}

QString OfficialTotals::comparison(qint64 pairings) const
{
    const std::optional<OfficialCount> official = latest();
    if (!official)
        return {};
    const QLocale locale;
    return tr("%1 of %2 officially counted pairs")
        .arg(locale.toString(pairings), locale.toString(official->total));
}
