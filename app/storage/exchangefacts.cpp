// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/exchangefacts.h"

#include "app/storage/database.h"
#include "app/storage/sqliterows.h"
#include "app/storage/sqlquery.h"
#include "app/storage/transaction.h"

#include <QSqlQuery>
#include <QtAlgorithms>

#include <algorithm>
#include <sqlite3.h>

namespace {
constexpr quint32 present = 1u << 31;
constexpr int latestYearHeld = 0x7fff;
constexpr int partsHeld = 0x100;

int yearOf(quint32 fact)
{
    return int((fact >> 16) & latestYearHeld);
}

// Whether this connection is in the middle of a transaction of its own, whose writes a
// snapshot must not take for the database's. SQLite says; the PostgreSQL connections that
// count (the counting threads' own) never are.
bool insideTransaction(const Database &database)
{
    sqlite3 *handle = SqliteStatement::handleOf(database.connection());
    return handle && sqlite3_get_autocommit(handle) == 0;
}

QStringList column(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query = Sql::run(db, sql, {});
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}
} // namespace

void ExchangeFacts::Selection::insert(qint64 id)
{
    // An id beyond those held (of an exchange added since) is no exchange the facts count.
    const quint64 word = quint64(id) / 64;
    if (id >= 0 && word < m_bits.size())
        m_bits[word] |= quint64(1) << (quint64(id) % 64);
}

void ExchangeFacts::Selection::intersect(const Selection &other)
{
    for (size_t i = 0; i < m_bits.size(); ++i)
        m_bits[i] &= i < other.m_bits.size() ? other.m_bits[i] : 0;
}

qint64 ExchangeFacts::stampOf(const Database &database)
{
    QSqlQuery query = Sql::run(database.connection(),
                               QStringLiteral("SELECT stamp FROM exchange_facts_stamp"), {});
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::shared_ptr<const ExchangeFacts> ExchangeFacts::read(const Database &database)
{
    if (insideTransaction(database))
        return nullptr;
    const QSqlDatabase db = database.connection();
    // One state of the database throughout: SQLite's reading transaction is one snapshot, and
    // PostgreSQL's is once asked for it, before its first statement.
    Transaction reading(database, Transaction::Mode::Read);
    if (database.backend() == Database::Backend::PostgreSql) {
        Sql::execDirect(
            db, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    }
    std::shared_ptr<ExchangeFacts> facts(new ExchangeFacts);
    facts->m_stamp = stampOf(database);
    QSqlQuery extent =
        Sql::run(db, QStringLiteral("SELECT coalesce(max(id), 0), count(*) FROM exchanges"), {});
    extent.next();
    const qint64 lastId = extent.value(0).toLongLong();
    facts->m_exchanges = extent.value(1).toLongLong();
    // Indexed by id, unless ids are so spread out that the index would be mostly holes.
    if (lastId < 0 || lastId > 4 * facts->m_exchanges + 1'000'000 || lastId >= qint64(present))
        return nullptr;
    // The tally holds every field and mode that an exchange has (and only those).
    facts->m_fields = column(db, QStringLiteral("SELECT DISTINCT field FROM exchange_tally"));
    facts->m_modes = column(db, QStringLiteral("SELECT DISTINCT mode FROM exchange_tally"));
    if (facts->m_fields.size() >= partsHeld || facts->m_modes.size() >= partsHeld)
        return nullptr;
    facts->m_facts.assign(size_t(lastId) + 1, 0);
    // Each field's exchanges with their years, then each mode's: both read from an index
    // alone (exchanges_field_date, exchanges_mode), never from the rows with their texts.
    for (qsizetype field = 0; field < facts->m_fields.size(); ++field) {
        QSqlQuery query = Sql::run(
            db,
            QStringLiteral("SELECT id, coalesce(CAST(substr(date, 1, 4) AS INTEGER), 0) FROM "
                           "exchanges WHERE field = ?"),
            {facts->m_fields.at(field)});
        while (query.next()) {
            const int year = std::clamp(query.value(1).toInt(), 0, latestYearHeld);
            facts->m_latestYear = std::max(facts->m_latestYear, year);
            facts->m_facts[size_t(query.value(0).toLongLong())] =
                present | quint32(year) << 16 | quint32(field) << 8;
        }
    }
    for (qsizetype mode = 0; mode < facts->m_modes.size(); ++mode) {
        QSqlQuery query = Sql::run(db, QStringLiteral("SELECT id FROM exchanges WHERE mode = ?"),
                                   {facts->m_modes.at(mode)});
        while (query.next())
            facts->m_facts[size_t(query.value(0).toLongLong())] |= quint32(mode);
    }
    QSqlQuery links = Sql::run(db,
                               QStringLiteral("SELECT pairing_id, exchange_id FROM "
                                              "exchange_pairings ORDER BY pairing_id, exchange_id"),
                               {});
    while (links.next()) {
        const qint64 pairing = links.value(0).toLongLong();
        if (facts->m_pairings.empty() || facts->m_pairings.back() != pairing) {
            facts->m_pairings.push_back(pairing);
            facts->m_linkStart.push_back(quint32(facts->m_linked.size()));
        }
        facts->m_linked.push_back(quint32(links.value(1).toLongLong()));
    }
    facts->m_linkStart.push_back(quint32(facts->m_linked.size()));
    reading.commit();
    return facts;
}

qint64 ExchangeFacts::size() const
{
    return qint64(m_facts.capacity() * sizeof(quint32) + m_pairings.capacity() * sizeof(qint64) +
                  (m_linkStart.capacity() + m_linked.capacity()) * sizeof(quint32));
}

ExchangeFacts::Selection ExchangeFacts::none() const
{
    Selection selection;
    selection.m_bits.assign(m_facts.size() / 64 + 1, 0);
    return selection;
}

ExchangeFacts::Selection ExchangeFacts::all() const
{
    Selection selection;
    selection.m_bits.assign(m_facts.size() / 64 + 1, ~quint64(0));
    return selection;
}

void ExchangeFacts::addExchangesOf(qint64 pairingId, Selection *selection) const
{
    const auto at = std::lower_bound(m_pairings.begin(), m_pairings.end(), pairingId);
    if (at == m_pairings.end() || *at != pairingId)
        return;
    const size_t i = size_t(at - m_pairings.begin());
    for (quint32 link = m_linkStart[i]; link < m_linkStart[i + 1]; ++link)
        selection->insert(m_linked[link]);
}

void ExchangeFacts::addExchangesOfAnyPairing(Selection *selection) const
{
    for (const quint32 id : m_linked)
        selection->insert(id);
}

// The filter's criteria on exchanges, in the terms of the facts held.
struct ExchangeFacts::Criteria
{
    bool nothing = false; // a field or mode no exchange has
    int field = -1;       // any
    int mode = -1;
    int fromYear = 0; // with either, an exchange of unknown year is left out
    int toYear = 0;

    bool keeps(quint32 fact) const
    {
        if (field >= 0 && int((fact >> 8) & 0xff) != field)
            return false;
        if (mode >= 0 && int(fact & 0xff) != mode)
            return false;
        if (fromYear || toYear) {
            const int year = yearOf(fact);
            if (year == 0 || (fromYear && year < fromYear) || (toYear && year > toYear))
                return false;
        }
        return true;
    }
};

ExchangeFacts::Criteria ExchangeFacts::criteriaOf(const Filter &filter) const
{
    Criteria criteria;
    if (!filter.field.isEmpty()) {
        criteria.field = int(m_fields.indexOf(filter.field));
        criteria.nothing = criteria.field < 0;
    }
    if (!filter.mode.isEmpty()) {
        criteria.mode = int(m_modes.indexOf(filter.mode));
        criteria.nothing = criteria.nothing || criteria.mode < 0;
    }
    criteria.fromYear = filter.exchangeFrom;
    criteria.toYear = filter.exchangeTo;
    return criteria;
}

// Calls visit(fact) for each exchange held that is in the selection.
template <typename Visit> void ExchangeFacts::visit(const Selection &selection, Visit visit) const
{
    const size_t words = std::min(selection.m_bits.size(), m_facts.size() / 64 + 1);
    for (size_t word = 0; word < words; ++word) {
        quint64 bits = selection.m_bits[word];
        while (bits) {
            const size_t id = word * 64 + size_t(qCountTrailingZeroBits(bits));
            bits &= bits - 1;
            if (id < m_facts.size() && (m_facts[id] & present))
                visit(m_facts[id]);
        }
    }
}

QList<ExchangeFacts::Count> ExchangeFacts::countByYear(const Selection &selection,
                                                       const Filter &filter, Split split) const
{
    const Criteria criteria = criteriaOf(filter);
    if (criteria.nothing)
        return {};
    const QStringList &parts = split == Split::Field ? m_fields : m_modes;
    const int shift = split == Split::Field ? 8 : 0;
    const size_t years = size_t(m_latestYear) + 1;
    std::vector<qint64> counts(years * size_t(parts.size()), 0);
    visit(selection, [&](quint32 fact) {
        if (criteria.keeps(fact))
            ++counts[size_t(yearOf(fact)) * size_t(parts.size()) + ((fact >> shift) & 0xff)];
    });
    // In the order SQL would give them: by year, then by the part's name.
    std::vector<int> byName(size_t(parts.size()));
    for (size_t i = 0; i < byName.size(); ++i)
        byName[i] = int(i);
    std::sort(byName.begin(), byName.end(),
              [&parts](int a, int b) { return parts.at(a) < parts.at(b); });
    QList<Count> result;
    for (size_t year = 0; year < years; ++year) {
        for (const int part : byName) {
            const qint64 n = counts[year * size_t(parts.size()) + size_t(part)];
            if (n > 0)
                result.append({int(year), parts.at(part), n});
        }
    }
    return result;
}

qint64 ExchangeFacts::count(const Selection &selection, const Filter &filter) const
{
    const Criteria criteria = criteriaOf(filter);
    if (criteria.nothing)
        return 0;
    qint64 n = 0;
    visit(selection, [&](quint32 fact) { n += criteria.keeps(fact) ? 1 : 0; });
    return n;
}
