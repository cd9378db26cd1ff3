// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/filtersql.h"

#include "app/domain/completeness.h"
#include "app/domain/searchtext.h"

namespace {
const QString alwaysFalse = QStringLiteral("1 = 0");

QString yearText(int year)
{
    return QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
}

// The places a word names: by English name, Chinese name or pinyin (one LIKE over the
// search_key the schema keeps), and every place inside a province or state it names.
QString placesNaming(QVariantList &values, const QString &word)
{
    const QString pattern = FilterSql::likePattern(word);
    values << pattern << pattern;
    // Parents are provinces and states: the region_code index finds the few to test.
    return QStringLiteral(
        "SELECT id FROM places WHERE search_key LIKE ? ESCAPE '\\' UNION SELECT id FROM places "
        "WHERE parent_id IN (SELECT id FROM places WHERE region_code IS NOT NULL AND "
        "search_key LIKE ? ESCAPE '\\')");
}

// The exchanges whose title, description or location holds a word starting with this one.
// The word, made only of letters and digits, is quoted as an FTS5 string, so it is never read
// as an operator (AND, NEAR, -, *).
QString exchangesWithText(QVariantList &values, const QString &word)
{
    values << FilterSql::textQuery(word);
    return QStringLiteral("SELECT rowid FROM exchanges_search WHERE exchanges_search MATCH ?");
}

SqlCondition exchangeOnly(const Filter &filter, const QString &e)
{
    SqlCondition c;
    if (!filter.field.isEmpty())
        c.add(e + QStringLiteral(".field = ?"), {filter.field});
    if (!filter.mode.isEmpty())
        c.add(e + QStringLiteral(".mode = ?"), {filter.mode});
    if (filter.exchangeFrom)
        c.add(e + QStringLiteral(".date >= ?"), {yearText(filter.exchangeFrom)});
    if (filter.exchangeTo)
        c.add(e + QStringLiteral(".date < ?"), {yearText(filter.exchangeTo + 1)});
    return c;
}

// The pairings (alias p) whose records have this gap (see Completeness). A place counts as in
// a US state as the statistics count it: being one, or having one as its parent.
void addGap(SqlCondition &c, const QString &gap, const QString &p)
{
    const auto known = Completeness::gapFromKey(gap);
    if (!known) {
        c.add(alwaysFalse); // no pairing has a gap this program does not know
        return;
    }
    // The pairing's place in this column is one of the places that meet the condition.
    const auto placeWhere = [&p](const char *column, const char *condition) {
        return QStringLiteral("%1.%2 IN (SELECT id FROM places WHERE %3)")
            .arg(p, QLatin1String(column), QLatin1String(condition));
    };
    const char *chinese = "chinese_place_id";
    const char *us = "us_place_id";
    switch (*known) {
    case Completeness::Gap::Year:
        c.add(p + QStringLiteral(".established IS NULL"));
        break;
    case Completeness::Gap::Coordinates:
        c.add(placeWhere(chinese, "latitude IS NULL") + QStringLiteral(" OR ") +
              placeWhere(us, "latitude IS NULL"));
        break;
    case Completeness::Gap::ChineseName:
        c.add(placeWhere(chinese, "name_zh IS NULL OR name_zh = ''"));
        break;
    case Completeness::Gap::UsState:
        c.add(placeWhere(us, "region_code IS NULL AND (parent_id IS NULL OR parent_id NOT IN "
                             "(SELECT id FROM places WHERE region_code IS NOT NULL))"));
        break;
    case Completeness::Gap::Source:
        c.add(QStringLiteral("NOT EXISTS (SELECT 1 FROM pairing_sources WHERE pairing_id = %1.id)")
                  .arg(p));
        break;
    case Completeness::Gap::SourcesDisagree: {
        QStringList said;
        QVariantList words;
        for (const QString &word : Completeness::disagreementWords()) {
            said << QStringLiteral("lower(%1.notes) LIKE ? ESCAPE '\\'").arg(p);
            words << FilterSql::likePattern(word);
        }
        c.add(said.join(QStringLiteral(" OR ")), words);
        break;
    }
    }
}

SqlCondition pairingOnly(const Filter &filter, const QString &p)
{
    SqlCondition c;
    if (!filter.level.isEmpty())
        c.add(p + QStringLiteral(".level = ?"), {filter.level});
    if (!filter.relation.isEmpty())
        c.add(p + QStringLiteral(".relation = ?"), {filter.relation});
    if (filter.status == Filter::unknownStatus())
        c.add(p + QStringLiteral(".status IS NULL"));
    else if (!filter.status.isEmpty())
        c.add(p + QStringLiteral(".status = ?"), {filter.status});
    const QString inRegion =
        QStringLiteral("%1 IN (SELECT id FROM places WHERE region_code = ? OR parent_id IN "
                       "(SELECT id FROM places WHERE region_code = ?))");
    if (!filter.province.isEmpty()) {
        c.add(inRegion.arg(p + QStringLiteral(".chinese_place_id")),
              {filter.province, filter.province});
    }
    if (!filter.state.isEmpty())
        c.add(inRegion.arg(p + QStringLiteral(".us_place_id")), {filter.state, filter.state});
    if (filter.establishedFrom)
        c.add(p + QStringLiteral(".established >= ?"), {yearText(filter.establishedFrom)});
    if (filter.establishedTo)
        c.add(p + QStringLiteral(".established < ?"), {yearText(filter.establishedTo + 1)});
    if (!filter.gap.isEmpty())
        addGap(c, filter.gap, p);
    // Every exchange has a mode, so the pairings with a mode in their summary are those with
    // an exchange.
    const QString anyExchange =
        QStringLiteral("%1.id IN (SELECT pairing_id FROM pairing_activity WHERE facet = 'mode')")
            .arg(p);
    if (filter.hasExchanges == Filter::HasExchanges::Yes)
        c.add(anyExchange);
    else if (filter.hasExchanges == Filter::HasExchanges::No)
        c.add(QStringLiteral("NOT ") + anyExchange);
    return c;
}
} // namespace

void SqlCondition::add(const QString &clause, const QVariantList &clauseValues)
{
    clauses << QLatin1Char('(') + clause + QLatin1Char(')');
    values << clauseValues;
}

QString SqlCondition::where() const
{
    return clauses.isEmpty() ? QString() : QStringLiteral("WHERE ") + conjunction();
}

QString SqlCondition::conjunction() const
{
    return clauses.isEmpty() ? QStringLiteral("1 = 1") : clauses.join(QStringLiteral(" AND "));
}

namespace FilterSql {

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString textQuery(const QString &word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QStringLiteral("\"%1\"*").arg(quoted);
}

SqlCondition pairingCriteria(const Filter &filter, const QString &alias)
{
    return pairingOnly(filter, alias);
}

SqlCondition exchangeCriteria(const Filter &filter, const QString &alias)
{
    return exchangeOnly(filter, alias);
}

bool answeredByTally(const Filter &filter)
{
    return !filter.hasPairingCriteria() && filter.search.trimmed().isEmpty();
}

SqlCondition forTally(const Filter &filter)
{
    SqlCondition c;
    if (!filter.field.isEmpty())
        c.add(QStringLiteral("t.field = ?"), {filter.field});
    if (!filter.mode.isEmpty())
        c.add(QStringLiteral("t.mode = ?"), {filter.mode});
    if (filter.exchangeFrom || filter.exchangeTo) {
        c.add(QStringLiteral("t.year BETWEEN ? AND ?"),
              {filter.exchangeFrom ? filter.exchangeFrom : 1,
               filter.exchangeTo ? filter.exchangeTo : 9999});
    }
    return c;
}

SqlCondition forPairings(const Filter &filter)
{
    SqlCondition c = pairingOnly(filter, QStringLiteral("p"));
    const SqlCondition exchanges = exchangeOnly(filter, QStringLiteral("x"));
    // A single kind of exchange criterion (a field, a mode or years) is answered from the
    // summary the schema keeps per pairing. Several must hold for one and the same exchange,
    // which narrows the exchanges a lot: the pairings with one are collected from them, driven
    // by the exchange indexes. CROSS JOIN means the same as JOIN in any SQL; to SQLite it also
    // says "in this order".
    const int kinds = int(!filter.field.isEmpty()) + int(!filter.mode.isEmpty()) +
                      int(filter.exchangeFrom || filter.exchangeTo);
    const QString activity = QStringLiteral(
        "p.id IN (SELECT pairing_id FROM pairing_activity WHERE facet = '%1' AND %2)");
    if (kinds == 1 && !filter.field.isEmpty()) {
        c.add(activity.arg(QStringLiteral("field"), QStringLiteral("value = ?")), {filter.field});
    } else if (kinds == 1 && !filter.mode.isEmpty()) {
        c.add(activity.arg(QStringLiteral("mode"), QStringLiteral("value = ?")), {filter.mode});
    } else if (kinds == 1) {
        c.add(activity.arg(QStringLiteral("year"), QStringLiteral("value BETWEEN ? AND ?")),
              {yearText(filter.exchangeFrom ? filter.exchangeFrom : 1),
               yearText(filter.exchangeTo ? filter.exchangeTo : 9999)});
    } else if (!exchanges.clauses.isEmpty()) {
        c.add(QStringLiteral("p.id IN (SELECT ep.pairing_id FROM exchanges x CROSS JOIN "
                             "exchange_pairings ep WHERE ep.exchange_id = x.id AND %1)")
                  .arg(exchanges.conjunction()),
              exchanges.values);
    }
    if (!filter.search.trimmed().isEmpty()) {
        const QStringList words = SearchText::words(filter.search);
        if (words.isEmpty())
            c.add(alwaysFalse); // only symbols: nothing can match them
        for (const QString &word : words) {
            // Each word names one of the two places, or the province or state of one. The
            // places are found once (the CTE) and drive the query through the place indexes.
            QVariantList values;
            const QString places = placesNaming(values, word);
            c.add(QStringLiteral("p.id IN (WITH named(id) AS (%1) SELECT id FROM pairings WHERE "
                                 "chinese_place_id IN (SELECT id FROM named) UNION SELECT id FROM "
                                 "pairings WHERE us_place_id IN (SELECT id FROM named))")
                      .arg(places),
                  values);
        }
    }
    return c;
}

QString exchangesWithWord(const QString &word, QVariantList *values)
{
    const QString texts = exchangesWithText(*values, word);
    const QString places = placesNaming(*values, word);
    return QStringLiteral("%1 UNION SELECT exchange_id FROM exchange_places WHERE place_id IN (%2)")
        .arg(texts, places);
}

SqlCondition forExchanges(const Filter &filter, const QStringList &commonWords,
                          const QStringList &placelessWords)
{
    SqlCondition c = exchangeOnly(filter, QStringLiteral("e"));
    // "Has exchanges" asks about pairings; seen from the exchanges it means "belongs to a
    // pairing", and its opposite leaves no exchange at all.
    Filter others = filter;
    others.hasExchanges = Filter::HasExchanges::Any;
    if (filter.hasExchanges == Filter::HasExchanges::Yes)
        c.add(QStringLiteral("EXISTS (SELECT 1 FROM exchange_pairings WHERE exchange_id = e.id)"));
    else if (filter.hasExchanges == Filter::HasExchanges::No)
        c.add(alwaysFalse);
    // Correlated: the exchanges list walks its own index and stops at a screenful.
    const SqlCondition pairings = pairingOnly(others, QStringLiteral("q"));
    if (!pairings.clauses.isEmpty()) {
        c.add(QStringLiteral("EXISTS (SELECT 1 FROM exchange_pairings ep CROSS JOIN pairings q "
                             "WHERE q.id = ep.pairing_id AND ep.exchange_id = e.id AND %1)")
                  .arg(pairings.conjunction()),
              pairings.values);
    }
    if (!filter.search.trimmed().isEmpty()) {
        const QStringList words = SearchText::words(filter.search);
        if (words.isEmpty())
            c.add(alwaysFalse);
        // Common words that name no place can only stand in the texts: one full-text query for
        // all of them together finds the few exchanges that hold them all.
        QStringList together;
        for (const QString &word : words) {
            if (commonWords.contains(word) && placelessWords.contains(word))
                together << word;
        }
        if (together.size() < 2)
            together.clear();
        if (!together.isEmpty()) {
            QStringList queries;
            for (const QString &word : std::as_const(together))
                queries << textQuery(word);
            c.add(QStringLiteral("+e.id IN (SELECT rowid FROM exchanges_search WHERE "
                                 "exchanges_search MATCH ?)"),
                  {queries.join(QStringLiteral(" AND "))});
        }
        for (const QString &word : words) {
            if (together.contains(word))
                continue;
            // Each word stands in the exchange's texts or names one of its places. A rare word
            // drives the query from its few matches; a common one (the unary + keeps SQLite
            // from driving with it) is checked while the list's own index is walked, which
            // reaches a screenful long before it would have sorted every match. (PostgreSQL
            // checks the common word's texts on each row walked: see SqlDialect.)
            QVariantList values;
            if (!commonWords.contains(word)) {
                c.add(QStringLiteral("e.id IN (%1)").arg(exchangesWithWord(word, &values)), values);
                continue;
            }
            const QString texts = exchangesWithText(values, word);
            const QString places = placesNaming(values, word);
            c.add(QStringLiteral("(+e.id IN (%1) OR +e.id IN (SELECT exchange_id FROM "
                                 "exchange_places WHERE place_id IN (%2)))")
                      .arg(texts, places),
                  values);
        }
    }
    return c;
}

} // namespace FilterSql
