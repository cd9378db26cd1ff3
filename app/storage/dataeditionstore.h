// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

class Database;

// Which edition of the shipped data the database holds (data_edition): none for a database
// that holds no shipped data yet.
class DataEditionStore
{
public:
    explicit DataEditionStore(const Database &database);

    // The edition's name; "first" for a database made before editions were named; empty for
    // one with no records.
    QString current() const;
    // Records the edition the database now holds (inside the caller's transaction).
    void set(const QString &name);

private:
    QSqlDatabase m_db;
};
