// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/io/pairingrows.h"
#include "app/storage/filledvalues.h"

#include <QHash>
#include <QSet>
#include <QVariant>

// What merging a file's rows into the records the database holds would change: the values a
// record does not know yet, each taken from the first row that gives it, and the sources the
// rows cite that it does not. Where a row says otherwise than the database, or than an earlier
// row, a difference is noted and the first value kept. Nothing is written here.
class MergePlan
{
public:
    // Whether the record would take value for column: it does not know one (known is null)
    // and the row gives one (value not null). Known values stay; a different one in the row
    // is noted as a difference on the row's line and field.
    bool fill(const QString &table, qint64 id, int version, const QString &column,
              const QVariant &known, const QVariant &value, int line, const QString &field);
    // The record cites the source too (pairing_sources or exchange_sources).
    void cite(const QString &table, qint64 ownerId, qint64 sourceId);

    const QList<FilledValues::Fill> &fills() const { return m_fills; }
    const QList<FilledValues::Citation> &citations() const { return m_citations; }
    const QList<PairingRows::Difference> &differences() const { return m_differences; }
    // How many records take a value or a citation.
    int recordCount() const;

private:
    QList<FilledValues::Fill> m_fills;
    QHash<QString, qsizetype> m_fillOf; // "table|id" -> index in m_fills
    QList<FilledValues::Citation> m_citations;
    QSet<QString> m_cited; // "table|owner|source"
    QList<PairingRows::Difference> m_differences;
};
