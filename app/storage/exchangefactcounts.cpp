// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/exchangefactcounts.h"

#include "app/domain/searchtext.h"
#include "app/storage/database.h"
#include "app/storage/exchangefactscache.h"
#include "app/storage/exchangestore.h"
#include "app/storage/filtersql.h"
#include "app/storage/sqlquery.h"

#include <QSqlQuery>

namespace {
// The exchanges the filter keeps by all but its criteria on exchanges themselves (field,
// mode, years), which the facts check as they count: as FilterSql::forExchanges keeps them.
ExchangeFacts::Selection kept(const Database &database, const ExchangeFacts &facts,
                              const Filter &filter)
{
    if (filter.hasExchanges == Filter::HasExchanges::No)
        return facts.none(); // seen from the exchanges, no exchange is of no pairing
    const QSqlDatabase db = database.connection();
    Filter others = filter;
    others.hasExchanges = Filter::HasExchanges::Any;
    const SqlCondition onPairings = FilterSql::pairingCriteria(others, QStringLiteral("p"));
    ExchangeFacts::Selection selection;
    if (!onPairings.clauses.isEmpty()) {
        // The exchanges of each pairing kept, each once however many of its pairings are.
        selection = facts.none();
        QSqlQuery pairings =
            Sql::run(db, QStringLiteral("SELECT p.id FROM pairings p ") + onPairings.where(),
                     onPairings.values);
        while (pairings.next())
            facts.addExchangesOf(pairings.value(0).toLongLong(), &selection);
    } else if (filter.hasExchanges == Filter::HasExchanges::Yes) {
        selection = facts.none();
        facts.addExchangesOfAnyPairing(&selection);
    } else {
        selection = facts.all();
    }
    if (filter.search.trimmed().isEmpty())
        return selection;
    const QStringList words = SearchText::words(filter.search);
    if (words.isEmpty())
        return facts.none(); // only symbols: nothing can match them
    // Each word stands in the exchange's texts or names one of its places. The words that name
    // no place can only stand in the texts: one query for all of them finds the few exchanges
    // that hold them all, rather than each word's many.
    const QStringList placeless = ExchangeStore(database).placelessWords(words);
    const auto keepFound = [&](const QString &sql, const QVariantList &values) {
        ExchangeFacts::Selection found = facts.none();
        QSqlQuery query = Sql::run(db, sql, values);
        while (query.next())
            found.insert(query.value(0).toLongLong());
        selection.intersect(found);
    };
    if (!placeless.isEmpty()) {
        QStringList queries;
        for (const QString &word : placeless)
            queries << FilterSql::textQuery(word);
        keepFound(
            QStringLiteral("SELECT rowid FROM exchanges_search WHERE exchanges_search MATCH ?"),
            {queries.join(QStringLiteral(" AND "))});
    }
    for (const QString &word : words) {
        if (placeless.contains(word))
            continue;
        QVariantList values;
        const QString sql = FilterSql::exchangesWithWord(word, &values);
        keepFound(sql, values);
    }
    return selection;
}
} // namespace

namespace ExchangeFactCounts {

std::optional<QList<ExchangeFacts::Count>> byYear(const Database &database, const Filter &filter,
                                                  ExchangeFacts::Split split)
{
    const std::shared_ptr<const ExchangeFacts> facts = database.exchangeFacts().current(database);
    if (!facts)
        return std::nullopt;
    return facts->countByYear(kept(database, *facts, filter), filter, split);
}

std::optional<qint64> count(const Database &database, const Filter &filter)
{
    const std::shared_ptr<const ExchangeFacts> facts = database.exchangeFacts().current(database);
    if (!facts)
        return std::nullopt;
    return facts->count(kept(database, *facts, filter), filter);
}

} // namespace ExchangeFactCounts
