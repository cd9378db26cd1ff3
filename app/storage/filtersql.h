// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/filter.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

// A WHERE condition and the values bound to its placeholders, in order. The SQL text comes only
// from the storage layer; everything the user typed or chose travels as a bound value.
struct SqlCondition
{
    QStringList clauses;
    QVariantList values;

    void add(const QString &clause, const QVariantList &clauseValues = {});
    // "WHERE a AND b", or empty when there is no condition.
    QString where() const;
    // "a AND b", or a condition that is always true.
    QString conjunction() const;
};

// Turns a Filter into conditions on the pairings table (alias p) or the exchanges table
// (alias e), using the indexes and, for words in exchange texts, the full-text index.
namespace FilterSql {

SqlCondition forPairings(const Filter &filter);
// commonWords: the search words that stand in so many exchanges that walking the list's
// order finds a screenful sooner than collecting their matches; placelessWords: those that
// name no place (ExchangeStore finds both).
SqlCondition forExchanges(const Filter &filter, const QStringList &commonWords = {},
                          const QStringList &placelessWords = {});
// The filter's criteria on pairings alone (level ... has exchanges), on the pairings table
// under this alias, and on exchanges alone (field, mode, years), on the exchanges table under
// this alias: for queries that join the two themselves.
SqlCondition pairingCriteria(const Filter &filter, const QString &alias);
SqlCondition exchangeCriteria(const Filter &filter, const QString &alias);

// Whether the tally of exchanges per year, field and mode (table exchange_tally, alias t) can
// answer this filter: it names no pairing criterion and no search words.
bool answeredByTally(const Filter &filter);
// The filter's field, mode and exchange years as conditions on the tally; a span of years
// leaves out the exchanges of unknown year, as it does in the lists.
SqlCondition forTally(const Filter &filter);
// The FTS5 query for exchanges holding a word that starts with this one, quoted so that it is
// never read as an operator.
QString textQuery(const QString &word);

// The exchanges (a SELECT of their ids) that hold a word starting with this one in their texts,
// or that name a place the word names.
QString exchangesWithWord(const QString &word, QVariantList *values);

// Escapes %, _ and \ so that text is matched literally by LIKE ... ESCAPE '\'.
QString likePattern(const QString &text);

} // namespace FilterSql
