// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/storage/recordlists.h"

#include <QAbstractTableModel>

class Database;

// One of the record lists (places, institutions, sources, official totals, pairings), one row
// per record with its id under Roles::RecordIdRole in every column, and what the column sorts by
// under Roles::SortKeyRole. The first column names the record ("Nanjing", "Nanjing – St.
// Louis"), which is what the editors' pickers show. Nothing is read until a dialog asks (load);
// once read, it is read again on refresh.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using List = RecordLists::List;

    RecordListModel(const Database &database, List list, QObject *parent = nullptr);

    List list() const { return m_list; }
    void load();
    void refresh();
    // Why the records could not be read, or empty.
    QString lastError() const { return m_lastError; }
    int rowOf(qint64 id) const;
    // Its name with what tells it apart from others of that name (Roles::ChoiceTextRole):
    // "Beijing · Province / state", "Beijing · Beijing", "Press release · example.org".
    QString choiceTextOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const RecordLists::Row &row, int column) const;
    QString choiceText(const RecordLists::Row &row) const;

    const Database &m_database;
    List m_list;
    QList<RecordLists::Row> m_rows;
    bool m_loaded = false;
    QString m_lastError;
};
