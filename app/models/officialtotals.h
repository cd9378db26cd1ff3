// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/officialcount.h"

#include <QList>
#include <QObject>

#include <optional>

class Database;

// The official totals of China–US pairs that the database records, and what the window says
// with the latest of them beside the pairings it holds: "219 of 288 officially counted pairs".
// A database that records none says nothing about them. Read at once, and again on refresh().
class OfficialTotals : public QObject
{
    Q_OBJECT
public:
    explicit OfficialTotals(const Database &database, QObject *parent = nullptr);

    void refresh();
    // Oldest first.
    const QList<OfficialCount> &all() const { return m_counts; }
    // The total of the latest date (of two of one date, the one recorded last); nothing when
    // none is recorded or they could not be read.
    std::optional<OfficialCount> latest() const;
    // "219 of 288 officially counted pairs": pairings against the latest total; empty when none.
    QString comparison(qint64 pairings) const;
    QString lastError() const { return m_lastError; }

signals:
    void changed();
    void errorOccurred(const QString &message);

private:
    const Database &m_database;
    QList<OfficialCount> m_counts;
    QString m_lastError;
};
