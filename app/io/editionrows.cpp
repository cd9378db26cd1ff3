// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/editionrows.h"

#include "app/io/dataerror.h"
#include "app/io/eventrows.h"
#include "app/io/officialcountrows.h"
#include "app/io/pairingrows.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {
CsvReader read(const QString &path, const QStringList &columns)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw DataError(QFileInfo(path).fileName(), 0, {},
                        QCoreApplication::translate("EditionRows", "cannot be read: %1")
                            .arg(file.errorString()));
    }
    return CsvReader(file.readAll(), QFileInfo(path).fileName(), columns);
}

// Each row's id: its own, or (a file without ids) the one its place in the file gave it.
void index(const CsvReader &csv, const QString &column, QChar prefix, QStringList *ids,
           QHash<QString, int> *rows)
{
    const bool given = csv.header().contains(column);
    for (int row = 0; row < csv.rowCount(); ++row) {
        const QString id =
            given ? csv.value(row, column)
                  : QStringLiteral("%1%2").arg(prefix).arg(row + 1, 4, 10, QLatin1Char('0'));
        if (id.isEmpty() || rows->contains(id)) {
            throw DataError(
                csv.fileName(), csv.lineOf(row), column,
                QCoreApplication::translate("EditionRows", "every row needs an id of its own."));
        }
        *ids << id;
        rows->insert(id, row);
    }
}
} // namespace

EditionRows::EditionRows(const DataEdition &edition) : m_edition(edition)
{
    m_pairings = read(edition.pairings, PairingRows::requiredColumns());
    m_events = read(edition.events, EventRows::requiredColumns());
    index(*m_pairings, QStringLiteral("id"), QLatin1Char('p'), &m_pairingIds, &m_pairingRows);
    index(*m_events, QStringLiteral("id"), QLatin1Char('e'), &m_eventIds, &m_eventRows);
    if (!edition.officialCounts.isEmpty()) {
        m_officialCounts = read(edition.officialCounts, OfficialCountRows::requiredColumns());
        index(*m_officialCounts, QStringLiteral("date"), QLatin1Char('o'), &m_officialCountIds,
              &m_officialCountRows);
    }
}
