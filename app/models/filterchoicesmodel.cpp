// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/filterchoicesmodel.h"

#include "app/storage/storageerror.h"

FilterChoicesModel::FilterChoicesModel(const Database &database, QObject *parent)
    : FilterChoicesModel(database, FirstRead::AtOnce, parent)
{}

FilterChoicesModel::FilterChoicesModel(const Database &database, FirstRead first, QObject *parent)
    : QObject(parent), m_store(database)
{
    if (first == FirstRead::AtOnce)
        refresh();
}

void FilterChoicesModel::refresh()
{
    try {
        m_choices = m_store.read();
    } catch (const StorageError &e) {
        m_choices = FilterChoices();
        emit errorOccurred(e.message());
    }
    m_read = true;
    emit changed();
}
