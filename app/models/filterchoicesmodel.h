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
    // Later: nothing is read until refresh() (the window's first paint comes first); the
    // choices are empty until then.
    enum class FirstRead { AtOnce, Later };
    explicit FilterChoicesModel(const Database &database, QObject *parent = nullptr);
    FilterChoicesModel(const Database &database, FirstRead first, QObject *parent = nullptr);

    const FilterChoices &choices() const { return m_choices; }
    // Whether the choices were read (else their counts are not known yet).
    bool isRead() const { return m_read; }
    void refresh();

signals:
    void changed();
    void errorOccurred(const QString &message);

private:
    FilterChoiceStore m_store;
    FilterChoices m_choices;
    bool m_read = false;
};
