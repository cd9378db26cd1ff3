// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/place.h"
#include "app/storage/placestore.h"

#include <QAbstractListModel>

class Database;

// The places of one country to choose from in an editor, by English name, each shown with its
// Chinese name and province or state ("Nanjing 南京 · Jiangsu"), its id under
// Roles::RecordIdRole and, for a province or state, its ISO code under Roles::KeyRole. Read
// again on refresh. Nothing is read until an editor asks (load), so a window over 30,000
// places opens without them.
class PlaceChoicesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    PlaceChoicesModel(const Database &database, const QString &countryCode,
                      QObject *parent = nullptr);

    // Reads the places, the first time; later calls read them again only through refresh.
    void load();
    // Reads them again, if they have been read at all.
    void refresh();
    int rowOf(qint64 placeId) const;
    // Why the places could not be read, or empty.
    QString lastError() const { return m_lastError; }
    const Place &place(int row) const { return m_places.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    PlaceStore m_store;
    QString m_country;
    QList<Place> m_places;
    QHash<qint64, QString> m_regionNames;
    bool m_loaded = false;
    QString m_lastError;
};
