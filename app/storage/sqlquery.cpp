// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/sqlquery.h"

#include "app/storage/conflicterror.h"
#include "app/storage/sqldialect.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Sql {
namespace {
[[noreturn]] void raise(const QSqlError &error, const QString &sql)
{
    throw StorageError(refusal(sql, error.text()));
}
} // namespace

QString refusal(const QString &sql, const QString &reason)
{
    QString statement = sql.simplified();
    if (statement.size() > 80)
        statement = statement.left(77) + QStringLiteral("...");
    return QCoreApplication::translate("Sql", "The database refused “%1”: %2")
        .arg(statement, reason);
}

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(SqlDialect::translated(db, sql)))
        raise(query.lastError(), sql);
    return query;
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        raise(query.lastError(), query.lastQuery());
}

QVariant scalar(QSqlQuery &query)
{
    exec(query);
    return query.next() ? query.value(0) : QVariant();
}

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = prepare(db, sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    exec(query);
    return query;
}

void runOnRecordAsRead(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                       const QString &conflictMessage)
{
    if (run(db, sql, values).numRowsAffected() != 1)
        throw ConflictError(conflictMessage);
}

void execDirect(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        raise(query.lastError(), sql);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QVariant nullIfUnset(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

} // namespace Sql
