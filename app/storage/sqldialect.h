// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

// The few places where SQLite and PostgreSQL want different SQL for the same question. The
// stores write SQLite's form, or a form both read; Sql::prepare hands every statement through
// translated() on its way to a PostgreSQL server:
// - a full-text match, "SELECT rowid FROM exchanges_search WHERE exchanges_search MATCH ?",
//   bound to words quoted as FTS5 prefixes ("word"* AND "other"*), becomes a match of the
//   exchanges' text-search vector with the same words as prefixes (word:* & other:*);
// - group_concat(text, separator) becomes string_agg;
// - CROSS JOIN table alias ON … (which tells SQLite the order to join in) becomes JOIN.
// Each store's tests run on both (see tests/README), so a phrase missed here shows there.
namespace SqlDialect {

bool isPostgreSql(const QSqlDatabase &db);
QString translated(const QSqlDatabase &db, const QString &sql);

} // namespace SqlDialect
