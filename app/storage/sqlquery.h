// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

// Small pieces every store uses: prepared statements that throw StorageError instead of
// returning false, and conversions between empty values and SQL NULL.
namespace Sql {

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql);
// The message when the database refuses a statement: "The database refused “INSERT …”: why".
QString refusal(const QString &sql, const QString &reason);
void exec(QSqlQuery &query);
// Runs the query and returns the first column of its first row (null when no row).
QVariant scalar(QSqlQuery &query);
// Prepares, binds the values in order and runs a statement; returns it to read its rows.
QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values);
// Runs a statement that must change exactly one row, the record as it was read (its WHERE
// names the id and the row version): throws ConflictError with the message when it changed
// none, because someone changed or removed the record meanwhile.
void runOnRecordAsRead(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                       const QString &conflictMessage);
// Runs a statement that takes no values (schema, pragmas).
void execDirect(const QSqlDatabase &db, const QString &sql);

QVariant nullIfEmpty(const QString &text);
QVariant nullIfZero(qint64 id);
QVariant nullIfUnset(const std::optional<double> &value);
std::optional<double> optionalDouble(const QVariant &value);

} // namespace Sql
