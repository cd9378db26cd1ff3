// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/databasecheck.h"

#include "app/storage/database.h"
#include "app/storage/filterchoicestore.h"
#include "app/storage/sqlquery.h"

#include <QSqlError>

namespace {
qint64 count(const Database &database, const QString &sql)
{
    QSqlQuery query = Sql::prepare(database.connection(), sql);
    return Sql::scalar(query).toLongLong();
}
} // namespace

DatabaseCheck DatabaseCheck::of(const Database &database)
{
    DatabaseCheck check;
    // A PostgreSQL server checks its pages, enforces every reference at each commit and
    // computes the exchanges' search vector itself; SQLite is asked.
    if (database.backend() == Database::Backend::Sqlite) {
        QSqlQuery integrity =
            Sql::run(database.connection(), QStringLiteral("PRAGMA integrity_check"), {});
        while (integrity.next()) {
            const QString line = integrity.value(0).toString();
            if (line != QLatin1String("ok"))
                check.integrityProblems << line;
        }
        QSqlQuery references =
            Sql::run(database.connection(), QStringLiteral("PRAGMA foreign_key_check"), {});
        while (references.next())
            ++check.brokenReferences;
        // FTS5 refuses this command when its index and the exchanges disagree.
        QSqlQuery search(database.connection());
        if (!search.exec(QStringLiteral("INSERT INTO exchanges_search(exchanges_search) "
                                        "VALUES('integrity-check')")))
            check.searchIndexProblem = search.lastError().databaseText();
    }
    check.places = count(database, QStringLiteral("SELECT count(*) FROM places"));
    check.placesWithoutCoordinates =
        count(database, QStringLiteral("SELECT count(*) FROM places WHERE latitude IS NULL"));
    check.pairings = count(database, QStringLiteral("SELECT count(*) FROM pairings"));
    check.pairingsWithoutYear =
        count(database, QStringLiteral("SELECT count(*) FROM pairings WHERE established IS NULL"));
    check.exchanges = count(database, QStringLiteral("SELECT count(*) FROM exchanges"));
    check.exchangesWithoutYear =
        count(database, QStringLiteral("SELECT count(*) FROM exchanges WHERE date IS NULL"));
    check.institutions = count(database, QStringLiteral("SELECT count(*) FROM institutions"));
    check.sources = count(database, QStringLiteral("SELECT count(*) FROM sources"));
    check.gaps = Completeness::lines(FilterChoiceStore(database).read());
    return check;
}
