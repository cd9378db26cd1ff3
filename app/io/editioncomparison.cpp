// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/editioncomparison.h"

#include "app/domain/partialdate.h"
#include "app/io/editionrows.h"
#include "app/storage/exchangestore.h"
#include "app/storage/officialcountstore.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

namespace {
using Kind = EditionChange::Kind;
using HeldPairing = HeldRecords::HeldPairing;
using HeldPlace = HeldRecords::HeldPlace;

QString shortest(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// Latitude and longitude as one value: both or neither, each as written shortest.
QString coordinates(const std::optional<double> &latitude, const std::optional<double> &longitude)
{
    if (!latitude || !longitude)
        return {};
    return shortest(*latitude) + QStringLiteral(", ") + shortest(*longitude);
}

QString coordinates(const TextTable &table, int row, const QString &latitude,
                    const QString &longitude)
{
    const QString lat = table.value(row, latitude);
    const QString lon = table.value(row, longitude);
    if (lat.isEmpty() || lon.isEmpty())
        return {};
    return coordinates(lat.toDouble(), lon.toDouble());
}

QStringList urls(const QString &cell)
{
    return cell.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString names(const TextTable &table, int row)
{
    return table.value(row, QStringLiteral("cn_name_en")) + QStringLiteral(" – ") +
           table.value(row, QStringLiteral("us_name"));
}

QString namesKey(const QString &level, const QString &chinese, const QString &us)
{
    return level + QLatin1Char('|') + chinese.toLower() + QLatin1Char('|') + us.toLower();
}

// One field three ways. Nothing when the edition agrees with the database, or did not change
// the field (what the database holds then stays, whoever wrote it); a fill or a correction
// when the database still holds what the earlier edition said; else a conflict. Without an
// earlier value (the earlier edition lacked the record) every difference is a conflict.
void threeWay(QList<EditionChange> *changes, EditionChange change, const QString &column,
              const std::optional<QString> &earlier, const QString &yours, const QString &edition)
{
    if (edition == yours || (earlier && edition == *earlier))
        return;
    change.column = column;
    change.earlier = earlier.value_or(QString());
    change.yours = yours;
    change.edition = edition;
    if (earlier && yours == *earlier)
        change.kind = yours.isEmpty() ? Kind::Fill : Kind::Correct;
    else
        change.kind = Kind::Conflict;
    change.taken = EditionChange::takenByDefault(change.kind);
    changes->append(change);
}

// The addresses the edition adds to a record that it does not cite yet: each a fill. One the
// earlier edition gave too, and the database no longer cites, was taken off here: it stays off.
void newSources(QList<EditionChange> *changes, EditionChange change, const QStringList &earlier,
                const QStringList &yours, const QStringList &edition)
{
    for (const QString &url : edition) {
        if (earlier.contains(url) || yours.contains(url))
            continue;
        change.column = QStringLiteral("source_url");
        change.edition = url;
        change.kind = Kind::Fill;
        change.taken = true;
        changes->append(change);
    }
}

// A field as an edition's row gives it: its column, but for coordinates, which are two.
QString inRow(const TextTable &table, int row, const QString &column)
{
    if (column == QLatin1String("cn_coordinates"))
        return coordinates(table, row, QStringLiteral("cn_lat"), QStringLiteral("cn_lon"));
    if (column == QLatin1String("us_coordinates"))
        return coordinates(table, row, QStringLiteral("us_lat"), QStringLiteral("us_lon"));
    return table.value(row, column);
}

const QStringList pairingColumns = {
    QStringLiteral("relation"),       QStringLiteral("established"),
    QStringLiteral("status"),         QStringLiteral("note"),
    QStringLiteral("cn_name_zh"),     QStringLiteral("cn_province_en"),
    QStringLiteral("cn_coordinates"), QStringLiteral("us_state"),
    QStringLiteral("us_coordinates")};

// A field of a pairing as the database holds it, named by the edition's column.
QString heldValue(const HeldPairing &pairing, const QString &column)
{
    const QHash<QString, QString> values = {
        {QStringLiteral("relation"), pairing.relation},
        {QStringLiteral("established"), pairing.established},
        {QStringLiteral("status"), pairing.status},
        {QStringLiteral("note"), pairing.notes},
        {QStringLiteral("cn_name_zh"), pairing.chinese.nameZh},
        {QStringLiteral("cn_province_en"), pairing.chinese.region},
        {QStringLiteral("cn_coordinates"),
         coordinates(pairing.chinese.latitude, pairing.chinese.longitude)},
        {QStringLiteral("us_state"), pairing.us.region},
        {QStringLiteral("us_coordinates"), coordinates(pairing.us.latitude, pairing.us.longitude)},
    };
    return values.value(column);
}

const QStringList exchangeColumns = {QStringLiteral("date"),     QStringLiteral("title"),
                                     QStringLiteral("field"),    QStringLiteral("mode"),
                                     QStringLiteral("location"), QStringLiteral("description")};

QString heldValue(const HeldRecords::HeldExchange &exchange, const QString &column)
{
    const QHash<QString, QString> values = {
        {QStringLiteral("date"), exchange.date},
        {QStringLiteral("title"), exchange.title},
        {QStringLiteral("field"), exchange.field},
        {QStringLiteral("mode"), exchange.mode},
        {QStringLiteral("location"), exchange.location},
        {QStringLiteral("description"), exchange.description},
    };
    return values.value(column);
}

const QStringList countColumns = {QStringLiteral("total"), QStringLiteral("province_state"),
                                  QStringLiteral("city"), QStringLiteral("source_url"),
                                  QStringLiteral("note")};

QString heldValue(const OfficialCount &count, const QString &column)
{
    const auto number = [](const std::optional<int> &n) {
        return n ? QString::number(*n) : QString();
    };
    const QHash<QString, QString> values = {
        {QStringLiteral("total"), QString::number(count.total)},
        {QStringLiteral("province_state"), number(count.provinceState)},
        {QStringLiteral("city"), number(count.city)},
        {QStringLiteral("source_url"), count.sourceUrl},
        {QStringLiteral("note"), count.notes},
    };
    return values.value(column);
}

// Where a record of the edition stands in the database, when its id does not find it.
struct Rows
{
    const TextTable &now;
    int row;
    const TextTable *before; // the earlier edition's rows, if it had this record
    int earlierRow;
    // The row the database took the record from: the earlier edition's if it had it (the
    // names it was given then), else this one's.
    const TextTable &named() const { return before ? *before : now; }
    int namedRow() const { return before ? earlierRow : row; }
};

// A record found by its names, not its id. For a record new in the edition, one a user added
// here: left alone. For one the earlier edition had, in a database made before ids, the record
// itself. Otherwise, and where several records answer, none: never merged by guess.
enum class FoundByNames { No, Yours, Held };
FoundByNames foundByNames(int found, const Rows &rows, bool earlierHasIds)
{
    if (found != 1)
        return FoundByNames::No;
    if (!rows.before)
        return FoundByNames::Yours;
    return earlierHasIds ? FoundByNames::No : FoundByNames::Held;
}

// Every field of a record the database holds, three ways; with sources, the addresses it
// gains.
template <typename Held>
void compareFields(QList<EditionChange> *changes, const EditionChange &change,
                   const QStringList &columns, const Held &held, const Rows &rows,
                   const QStringList *heldUrls)
{
    for (const QString &column : columns) {
        const std::optional<QString> was =
            rows.before ? std::optional<QString>(inRow(*rows.before, rows.earlierRow, column))
                        : std::nullopt;
        threeWay(changes, change, column, was, heldValue(held, column),
                 inRow(rows.now, rows.row, column));
    }
    if (!heldUrls)
        return;
    const QString column = QStringLiteral("source_url");
    newSources(changes, change,
               rows.before ? urls(rows.before->value(rows.earlierRow, column)) : QStringList(),
               *heldUrls, urls(rows.now.value(rows.row, column)));
}

// The change about a whole record of the edition that the database lacks.
EditionChange missing(EditionChange change, bool inEarlier, bool earlierHasIds)
{
    // Shipped before and gone: deleted here, or (without ids to tell) perhaps renamed.
    change.kind = !inEarlier ? Kind::Add : earlierHasIds ? Kind::Deleted : Kind::Unmatched;
    change.taken = EditionChange::takenByDefault(change.kind);
    return change;
}
} // namespace

EditionComparison::EditionComparison(const Database &database, const EditionRows &earlier,
                                     const EditionRows &edition)
{
    comparePairings(database, earlier, edition);
    compareExchanges(database, earlier, edition);
    compareOfficialCounts(database, earlier, edition);
}

void EditionComparison::comparePairings(const Database &database, const EditionRows &earlier,
                                        const EditionRows &edition)
{
    const bool earlierHasIds = earlier.edition().hasIds();
    QHash<QString, HeldPairing> byOrigin;
    QHash<QString, QList<HeldPairing>> byNames; // of those without an origin
    // Only the pairings that can answer one of the edition's are held.
    const auto rowsOf = [&](const QString &id) {
        const int earlierRow = earlier.pairingRow(id);
        return Rows{edition.pairings(), edition.pairingRow(id),
                    earlierRow >= 0 ? &earlier.pairings() : nullptr, earlierRow};
    };
    // The names a record was given where it was taken from, to find it by them.
    const auto namesKeyOf = [](const Rows &rows) {
        return namesKey(rows.named().value(rows.namedRow(), QStringLiteral("level")),
                        rows.named().value(rows.namedRow(), QStringLiteral("cn_name_en")),
                        rows.named().value(rows.namedRow(), QStringLiteral("us_name")));
    };
    QSet<QString> origins;
    QSet<QString> namesKeys;
    for (const QString &id : edition.pairingIds()) {
        origins.insert(id);
        namesKeys.insert(namesKeyOf(rowsOf(id)));
    }
    const auto canAnswer = [&](const HeldPairing &held) {
        return held.origin.isEmpty()
                   ? namesKeys.contains(namesKey(held.level, held.chinese.nameEn, held.us.nameEn))
                   : origins.contains(held.origin);
    };
    for (const HeldPairing &held : HeldRecords::pairings(database, canAnswer)) {
        if (!held.origin.isEmpty())
            byOrigin.insert(held.origin, held);
        else
            byNames[namesKey(held.level, held.chinese.nameEn, held.us.nameEn)] << held;
    }
    for (const QString &id : edition.pairingIds()) {
        const Rows rows = rowsOf(id);
        EditionChange change;
        change.record = EditionChange::Record::Pairing;
        change.origin = id;
        change.name = names(rows.now, rows.row);
        std::optional<HeldPairing> held;
        if (byOrigin.contains(id)) {
            held = byOrigin.value(id);
            change.match = EditionChange::Match::ById;
        } else {
            const QList<HeldPairing> found = byNames.value(namesKeyOf(rows));
            const FoundByNames how = foundByNames(int(found.size()), rows, earlierHasIds);
            if (how != FoundByNames::No)
                change.match = EditionChange::Match::ByNames;
            if (how == FoundByNames::Yours) {
                change.kind = Kind::Yours;
                changes << change;
                continue;
            }
            if (how == FoundByNames::Held)
                held = found.first();
        }
        if (!held) {
            changes << missing(change, rows.before, earlierHasIds);
            continue;
        }
        pairings.insert(id, *held);
        compareFields(&changes, change, pairingColumns, *held, rows, &held->urls);
    }
}

void EditionComparison::compareExchanges(const Database &database, const EditionRows &earlier,
                                         const EditionRows &edition)
{
    const bool earlierHasIds = earlier.edition().hasIds();
    QHash<QString, HeldRecords::HeldExchange> byOrigin;
    for (const HeldRecords::HeldExchange &held : HeldRecords::shippedExchanges(database))
        byOrigin.insert(held.origin, held);
    const ExchangeStore store(database);
    for (const QString &id : edition.eventIds()) {
        const int earlierRow = earlier.eventRow(id);
        const Rows rows{edition.events(), edition.eventRow(id),
                        earlierRow >= 0 ? &earlier.events() : nullptr, earlierRow};
        EditionChange change;
        change.record = EditionChange::Record::Exchange;
        change.origin = id;
        change.name = rows.now.value(rows.row, QStringLiteral("title"));
        std::optional<HeldRecords::HeldExchange> held;
        if (byOrigin.contains(id)) {
            held = byOrigin.value(id);
            change.match = EditionChange::Match::ById;
        } else {
            // An exchange's "names" are its title and date.
            Exchange probe;
            probe.title = rows.named().value(rows.namedRow(), QStringLiteral("title"));
            probe.date =
                PartialDate::fromIso(rows.named().value(rows.namedRow(), QStringLiteral("date")));
            std::optional<HeldRecords::HeldExchange> found;
            if (const qint64 id = store.sameTitleAndDate(probe))
                found = HeldRecords::exchange(database, id);
            const bool unshipped = found && found->origin.isEmpty();
            const FoundByNames how = foundByNames(unshipped ? 1 : 0, rows, earlierHasIds);
            if (how != FoundByNames::No)
                change.match = EditionChange::Match::ByNames;
            if (how == FoundByNames::Yours) {
                change.kind = Kind::Yours;
                changes << change;
                continue;
            }
            if (how == FoundByNames::Held)
                held = found;
        }
        if (!held) {
            changes << missing(change, rows.before, earlierHasIds);
            continue;
        }
        exchanges.insert(id, *held);
        compareFields(&changes, change, exchangeColumns, *held, rows, &held->urls);
    }
}

void EditionComparison::compareOfficialCounts(const Database &database, const EditionRows &earlier,
                                              const EditionRows &edition)
{
    if (!edition.officialCounts())
        return;
    QHash<QString, OfficialCount> byOrigin;
    for (const OfficialCount &count : OfficialCountStore(database).all()) {
        if (!count.origin.isEmpty())
            byOrigin.insert(count.origin, count);
    }
    for (const QString &id : edition.officialCountIds()) {
        const int earlierRow = earlier.officialCounts() ? earlier.officialCountRow(id) : -1;
        const Rows rows{*edition.officialCounts(), edition.officialCountRow(id),
                        earlierRow >= 0 ? &*earlier.officialCounts() : nullptr, earlierRow};
        EditionChange change;
        change.record = EditionChange::Record::OfficialCount;
        change.origin = id;
        change.name = QCoreApplication::translate("EditionChange", "%1 pairs (official, %2)")
                          .arg(rows.now.value(rows.row, QStringLiteral("total")), id);
        if (!byOrigin.contains(id)) {
            // Totals came with ids (their dates) from the start.
            changes << missing(change, rows.before, true);
            continue;
        }
        change.match = EditionChange::Match::ById;
        const OfficialCount held = byOrigin.value(id);
        officialCounts.insert(id, held);
        compareFields(&changes, change, countColumns, held, rows, nullptr);
    }
}
