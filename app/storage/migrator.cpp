// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/migrator.h"

#include "app/storage/sqlquery.h"
#include "app/storage/storageerror.h"
#include "app/storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Migrator", text);
}

const QString schemaTable = QStringLiteral("bridges_schema");
} // namespace

Migrator::Migrator(QSqlDatabase db, const QString &dialect) : m_db(std::move(db))
{
    const QDir dir(QStringLiteral(":/sql/") + dialect);
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        m_scripts << dir.filePath(name);
}

int Migrator::currentVersion() const
{
    if (!m_db.tables().contains(schemaTable))
        return 0;
    QSqlQuery query = Sql::prepare(m_db, QStringLiteral("SELECT max(version) FROM bridges_schema"));
    Sql::exec(query);
    return query.next() ? query.value(0).toInt() : 0;
}

void Migrator::migrate(int target)
{
    if (target < 0)
        target = latestVersion();
    // Up to date: nothing is written (a role that may only read opens it too).
    if (currentVersion() >= target)
        return;
    if (!m_db.tables().contains(schemaTable)) {
        Transaction transaction(m_db);
        Sql::execDirect(m_db, QStringLiteral("CREATE TABLE IF NOT EXISTS bridges_schema ("
                                             "version INTEGER PRIMARY KEY, "
                                             "applied_at TEXT NOT NULL)"));
        transaction.commit();
    }
    // A script may rebuild a table, which SQLite does by making a new one and dropping the
    // old: with foreign keys enforced, the drop would delete the rows that refer to it. They
    // are switched off for the scripts (which cannot be done inside a transaction) and every
    // reference is checked before each script commits. PostgreSQL keeps them throughout.
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    bool enforced = false;
    if (sqlite) {
        QSqlQuery pragma = Sql::run(m_db, QStringLiteral("PRAGMA foreign_keys"), {});
        enforced = pragma.next() && pragma.value(0).toBool();
        Sql::execDirect(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    const auto restore = qScopeGuard([&] {
        // Not throwing from here: a failure shows on the next write. A script that failed may
        // have left a setting of its own on (a rollback does not undo a PRAGMA).
        if (!sqlite)
            return;
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA legacy_alter_table = OFF"));
        if (enforced)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });
    for (;;) {
        // The version is read again under the write lock: another copy of the program opening
        // the same file may have migrated it while this one waited.
        Transaction transaction(m_db);
        if (!sqlite) // SQLite's transaction holds the write lock already
            Sql::execDirect(m_db, QStringLiteral("LOCK TABLE bridges_schema IN EXCLUSIVE MODE"));
        const int version = currentVersion() + 1;
        if (version > target)
            break;
        QFile file(m_scripts.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            throw StorageError(tr("The schema script %1 is missing.").arg(file.fileName()));
        for (const QString &statement : splitStatements(QString::fromUtf8(file.readAll())))
            Sql::execDirect(m_db, statement);
        QSqlQuery broken(m_db);
        if (sqlite)
            broken = Sql::run(m_db, QStringLiteral("PRAGMA foreign_key_check"), {});
        if (sqlite && broken.next())
            throw StorageError(
                tr("The schema script %1 leaves a row of %2 referring to a "
                   "missing row of %3.")
                    .arg(file.fileName(), broken.value(0).toString(), broken.value(2).toString()));
        QSqlQuery record = Sql::prepare(
            m_db, QStringLiteral("INSERT INTO bridges_schema (version, applied_at) VALUES (?, ?)"));
        record.addBindValue(version);
        record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        Sql::exec(record);
        transaction.commit();
    }
}

QStringList Migrator::splitStatements(const QString &script)
{
    static const QRegularExpression triggerStart(QStringLiteral("^\\s*CREATE\\s+TRIGGER\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerEnd(QStringLiteral("^\\s*END\\s*;\\s*$"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList statements;
    QString current;
    bool inTrigger = false;
    bool inBody = false; // between the $$ that quote a PostgreSQL function's body
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!inBody && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))))
            continue;
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inBody = !inBody;
        current += line + QLatin1Char('\n');
        // SQLite's triggers have a body of statements, from BEGIN to END; PostgreSQL's call a
        // function and end at their semicolon.
        if (triggerStart.match(current).hasMatch() &&
            trimmed.endsWith(QLatin1String("BEGIN"), Qt::CaseInsensitive))
            inTrigger = true;
        const bool ends = !inBody && (inTrigger ? triggerEnd.match(line).hasMatch()
                                                : trimmed.endsWith(QLatin1Char(';')));
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}
