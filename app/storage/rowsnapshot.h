// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/storage/rowbatch.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

// Rows of one table exactly as they are, every column, to be put back as they were: how a
// deletion is undone with the same ids, versions and links. The table and the condition are
// written by the storage layer; values are bound.
class RowSnapshot
{
public:
    // Reads the rows of table that meet condition ("pairing_id = ?").
    static RowSnapshot capture(const QSqlDatabase &db, const QString &table,
                               const QString &condition, const QVariantList &values);
    // Inserts the rows again; throws StorageError.
    void restore(const QSqlDatabase &db) const;
    qsizetype size() const { return m_rows.size(); }
    const QStringList &columns() const { return m_rows.columns(); }
    const QList<QVariantList> &rows() const { return m_rows.rows(); }

private:
    RowBatch m_rows{{}, {}};
};
