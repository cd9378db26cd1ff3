// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QStringList>

// Brings a database's schema up to a version by running the numbered scripts in
// resources/sql/<dialect>/ ("001_places_pairings.sql", ...). Each script runs in one
// transaction together with the row that records its version in bridges_schema, so a failed
// step leaves the database at the version before it.
class Migrator
{
public:
    Migrator(QSqlDatabase db, const QString &dialect);

    int latestVersion() const { return static_cast<int>(m_scripts.size()); }
    // The version recorded in the database; 0 for a database without a schema.
    int currentVersion() const;
    // Runs every script after the current version up to target (default: the latest).
    void migrate(int target = -1); // throws StorageError

    // Splits a script into statements at the semicolons that end them, keeping SQLite's
    // trigger bodies (CREATE TRIGGER ... BEGIN ...; ...; END;) and PostgreSQL's function
    // bodies (AS $$ ...; ... $$) whole.
    static QStringList splitStatements(const QString &script);

private:
    QSqlDatabase m_db;
    QStringList m_scripts; // resource paths, in version order
};
