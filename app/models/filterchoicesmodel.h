// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filterchoices.h"
#include "app/storage/filterchoicestore.h"

#include <QObject>

class Database;

// The filter bar's choices and their counts, read from the database and read again on refresh.
class FilterChoicesModel : public QObject
{
    Q_OBJECT
public:
    explicit FilterChoicesModel(const Database &database, QObject *parent = nullptr);

    const FilterChoices &choices() const { return m_choices; }
    void refresh();

signals:
    void changed();
    void errorOccurred(const QString &message);

private:
    FilterChoiceStore m_store;
    FilterChoices m_choices;
};
