// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/editionupdate.h"

#include "app/domain/vocabulary.h"
#include "app/io/datasetwriter.h"
#include "app/io/editioncomparison.h"
#include "app/io/editionrows.h"
#include "app/io/eventrows.h"
#include "app/io/officialcountrows.h"
#include "app/io/pairingrows.h"
#include "app/io/rowreader.h"
#include "app/io/rowselection.h"
#include "app/storage/dataeditionstore.h"
#include "app/storage/officialcountstore.h"
#include "app/storage/sqlquery.h"

#include <QLocale>
#include <QSet>

namespace {
using Kind = EditionChange::Kind;
using Record = EditionChange::Record;

// The values to set on records the database holds, one Fill for each record.
class FillList
{
public:
    void set(const QString &table, qint64 id, int version, const QString &column,
             const QVariant &value)
    {
        const QString key = table + QLatin1Char('|') + QString::number(id);
        qsizetype index = m_index.value(key, -1);
        if (index < 0) {
            index = m_fills.size();
            m_fills.append({table, id, version, {}, {}});
            m_index.insert(key, index);
        }
        FilledValues::Fill &fill = m_fills[index];
        if (fill.columns.contains(column))
            return; // a place shared by two rows: the first row's value stands
        fill.columns << column;
        fill.values << value;
    }
    const QList<FilledValues::Fill> &fills() const { return m_fills; }

private:
    QList<FilledValues::Fill> m_fills;
    QHash<QString, qsizetype> m_index;
};

QVariant number(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<int>()) : QVariant(text.toInt());
}

QVariant coordinate(const TextTable &table, int row, const QString &column)
{
    const QString text = table.value(row, column);
    return text.isEmpty() ? QVariant(QMetaType::fromType<double>()) : QVariant(text.toDouble());
}

int position(const QString &name)
{
    const QList<DataEdition> shipped = DataEdition::shipped();
    for (qsizetype i = 0; i < shipped.size(); ++i) {
        if (shipped.at(i).name == name)
            return int(i);
    }
    return -1;
}

// Whether a database holding from takes to: it holds an edition this Bridges ships, older
// than to (an edition this Bridges does not know is a newer program's, newer than any).
bool isNewer(const QString &to, const QString &from)
{
    const int held = position(from);
    const int taken = position(to);
    return held >= 0 && (taken < 0 || held < taken);
}

// Turns the changes of the rows a file of additions was read from into what became of them:
// a record the database holds already (added here), or one that cannot be added.
void settle(QList<EditionChange> *changes, const QHash<int, qsizetype> &changeOfLine,
            const PairingRows::Outcome &outcome)
{
    for (const int line : outcome.duplicateLines) {
        EditionChange &change = (*changes)[changeOfLine.value(line)];
        change.kind = Kind::Yours;
        change.match = EditionChange::Match::ByNames;
        change.taken = false;
    }
    for (const DataError &problem : outcome.problems) {
        EditionChange &change = (*changes)[changeOfLine.value(problem.line())];
        change.kind = Kind::Refused;
        change.problem = problem.message();
        change.taken = false;
    }
}

// The rows of one kind of record to add, with the change each stands for.
QList<int> rowsToAdd(const QList<EditionChange> &changes, Record record, const TextTable &table,
                     const std::function<int(const QString &)> &rowOf,
                     QHash<int, qsizetype> *changeOfLine)
{
    QList<int> rows;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const EditionChange &change = changes.at(i);
        if (change.record != record || !change.taken ||
            (change.kind != Kind::Add && change.kind != Kind::Unmatched))
            continue;
        const int row = rowOf(change.origin);
        rows << row;
        changeOfLine->insert(table.lineOf(row), i);
    }
    return rows;
}
} // namespace

QString EditionUpdate::toTake(const Database &database)
{
    const QString latest = DataEdition::latest().name;
    return isNewer(latest, DataEditionStore(database).current()) ? latest : QString();
}

EditionUpdate EditionUpdate::plan(const Database &database, const Choices &choices)
{
    return plan(database, DataEdition::latest(), choices);
}

EditionUpdate EditionUpdate::plan(const Database &database, const DataEdition &edition,
                                  const Choices &choices)
{
    EditionUpdate update;
    update.m_from = DataEditionStore(database).current();
    update.m_to = edition.name;
    update.m_needed = isNewer(edition.name, update.m_from);
    if (!update.m_needed)
        return update;
    const EditionRows earlier(*DataEdition::named(update.m_from));
    const EditionRows now(edition);
    const EditionComparison comparison(database, earlier, now);
    update.m_changes = comparison.changes;
    for (EditionChange &change : update.m_changes) {
        if (change.isChoice() && choices.contains(change.key()))
            change.taken = choices.value(change.key());
    }
    update.build(database, now, comparison);
    return update;
}

void EditionUpdate::build(const Database &database, const EditionRows &edition,
                          const EditionComparison &comparison)
{
    m_writer = std::make_shared<DatasetWriter>(database);
    m_writer->knowDatabase();
    m_writer->setKeepsOrigins(true);

    // The records to add, read as a file of them would be: their places found or made.
    QHash<int, qsizetype> pairingLines;
    const RowSelection pairings(edition.pairings(),
                                rowsToAdd(
                                    m_changes, Record::Pairing, edition.pairings(),
                                    [&](const QString &id) { return edition.pairingRow(id); },
                                    &pairingLines));
    settle(&m_changes, pairingLines,
           PairingRows::load(pairings, *m_writer, PairingRows::OnProblem::Collect));
    QHash<int, qsizetype> eventLines;
    const RowSelection events(edition.events(),
                              rowsToAdd(
                                  m_changes, Record::Exchange, edition.events(),
                                  [&](const QString &id) { return edition.eventRow(id); },
                                  &eventLines));
    settle(&m_changes, eventLines,
           EventRows::load(events, *m_writer, PairingRows::OnProblem::Collect));
    if (edition.officialCounts()) {
        QHash<int, qsizetype> countLines;
        m_newOfficialCounts = OfficialCountRows::read(RowSelection(
            *edition.officialCounts(),
            rowsToAdd(
                m_changes, Record::OfficialCount, *edition.officialCounts(),
                [&](const QString &id) { return edition.officialCountRow(id); }, &countLines)));
    }

    FillList fills;
    // Records found by their names take their ids in the edition, whatever else changes.
    for (auto it = comparison.pairings.cbegin(); it != comparison.pairings.cend(); ++it) {
        ++(it->origin.isEmpty() ? m_byNames : m_byId);
        if (it->origin.isEmpty())
            fills.set(QStringLiteral("pairings"), it->id, it->rowVersion, QStringLiteral("origin"),
                      it.key());
    }
    for (auto it = comparison.exchanges.cbegin(); it != comparison.exchanges.cend(); ++it) {
        ++(it->origin.isEmpty() ? m_byNames : m_byId);
        if (it->origin.isEmpty())
            fills.set(QStringLiteral("exchanges"), it->id, it->rowVersion, QStringLiteral("origin"),
                      it.key());
    }
    m_byId += int(comparison.officialCounts.size());

    // A place whose province or state the edition corrects: corrected in place when only this
    // pairing names it; otherwise the pairing moves to the place of that name in the right
    // province or state (found, or made with what the row says of it), and the other records
    // keep theirs. Done before coordinates, which then go with the place.
    QSet<QString> moved; // "origin|side" of pairings moved to another place
    const TextTable &rows = edition.pairings();
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        EditionChange &change = m_changes[i];
        const bool chinese = change.column == QLatin1String("cn_province_en");
        if (!change.taken || (!chinese && change.column != QLatin1String("us_state")))
            continue;
        const HeldRecords::HeldPairing held = comparison.pairings.value(change.origin);
        const HeldRecords::HeldPlace &place = chinese ? held.chinese : held.us;
        const QString country = chinese ? QStringLiteral("CN") : QStringLiteral("US");
        const qint64 region =
            change.edition.isEmpty() ? 0 : HeldRecords::regionId(database, country, change.edition);
        if (!change.edition.isEmpty() && !region) {
            change.kind = Kind::Refused;
            change.taken = false;
            change.problem =
                QCoreApplication::translate("EditionUpdate", "“%1” is not a known %2.")
                    .arg(change.edition,
                         chinese ? QCoreApplication::translate("EditionUpdate", "Chinese province")
                                 : QCoreApplication::translate("EditionUpdate", "US state code"));
            continue;
        }
        if (HeldRecords::otherUses(database, place.id, held.id) == 0) {
            fills.set(QStringLiteral("places"), place.id, place.rowVersion,
                      QStringLiteral("parent_id"), Sql::nullIfZero(region));
            continue;
        }
        const int row = edition.pairingRow(change.origin);
        Place wanted;
        wanted.countryCode = country;
        wanted.nameEn = place.nameEn;
        wanted.nameZh = chinese ? rows.value(row, QStringLiteral("cn_name_zh")) : QString();
        RowReader in(rows, row);
        in.coordinates(chinese ? QStringLiteral("cn_lat") : QStringLiteral("us_lat"),
                       chinese ? QStringLiteral("cn_lon") : QStringLiteral("us_lon"), &wanted);
        const QString kind =
            place.kind.isEmpty() ? Vocabulary::key(Vocabulary::Level::City) : place.kind;
        const qint64 target = m_writer->placeFor(m_writer->choosePlace(
            wanted, kind, change.edition, in,
            chinese ? QStringLiteral("cn_name_en") : QStringLiteral("us_name"),
            chinese ? QStringLiteral("cn_province_en") : QStringLiteral("us_state")));
        fills.set(QStringLiteral("pairings"), held.id, held.rowVersion,
                  chinese ? QStringLiteral("chinese_place_id") : QStringLiteral("us_place_id"),
                  target);
        moved.insert(change.origin + (chinese ? QStringLiteral("|cn") : QStringLiteral("|us")));
    }

    for (const EditionChange &change : std::as_const(m_changes)) {
        if (!change.taken || change.column.isEmpty() ||
            change.column == QLatin1String("cn_province_en") ||
            change.column == QLatin1String("us_state"))
            continue;
        const QVariant value = Sql::nullIfEmpty(change.edition);
        if (change.record == Record::Pairing) {
            const HeldRecords::HeldPairing held = comparison.pairings.value(change.origin);
            const int row = edition.pairingRow(change.origin);
            const QString &column = change.column;
            if (column == QLatin1String("source_url")) {
                m_citations.append({QStringLiteral("pairing_sources"), held.id,
                                    m_writer->sourceOf(change.edition)});
            } else if (column == QLatin1String("cn_name_zh")) {
                fills.set(QStringLiteral("places"), held.chinese.id, held.chinese.rowVersion,
                          QStringLiteral("name_zh"), value);
            } else if (column == QLatin1String("cn_coordinates") ||
                       column == QLatin1String("us_coordinates")) {
                const bool chinese = column == QLatin1String("cn_coordinates");
                if (moved.contains(change.origin +
                                   (chinese ? QStringLiteral("|cn") : QStringLiteral("|us"))))
                    continue; // the place moved to has its own
                const HeldRecords::HeldPlace &place = chinese ? held.chinese : held.us;
                const QString prefix = chinese ? QStringLiteral("cn_") : QStringLiteral("us_");
                fills.set(QStringLiteral("places"), place.id, place.rowVersion,
                          QStringLiteral("latitude"),
                          coordinate(rows, row, prefix + QStringLiteral("lat")));
                fills.set(QStringLiteral("places"), place.id, place.rowVersion,
                          QStringLiteral("longitude"),
                          coordinate(rows, row, prefix + QStringLiteral("lon")));
            } else {
                fills.set(QStringLiteral("pairings"), held.id, held.rowVersion,
                          column == QLatin1String("note") ? QStringLiteral("notes") : column,
                          value);
            }
        } else if (change.record == Record::Exchange) {
            const HeldRecords::HeldExchange held = comparison.exchanges.value(change.origin);
            if (change.column == QLatin1String("source_url")) {
                m_citations.append({QStringLiteral("exchange_sources"), held.id,
                                    m_writer->sourceOf(change.edition)});
            } else {
                fills.set(QStringLiteral("exchanges"), held.id, held.rowVersion, change.column,
                          value);
            }
        } else {
            const OfficialCount held = comparison.officialCounts.value(change.origin);
            const bool count = change.column == QLatin1String("total") ||
                               change.column == QLatin1String("province_state") ||
                               change.column == QLatin1String("city");
            fills.set(QStringLiteral("official_counts"), held.id, held.rowVersion,
                      change.column == QLatin1String("note") ? QStringLiteral("notes")
                                                             : change.column,
                      count ? number(change.edition) : value);
        }
    }
    m_fills = fills.fills();
}

EditionUpdate::Counts EditionUpdate::countsOf(const QList<EditionChange> &changes)
{
    Counts counts;
    QSet<QString> corrected;
    for (const EditionChange &change : changes) {
        switch (change.kind) {
        case Kind::Add:
        case Kind::Unmatched:
            if (change.kind == Kind::Unmatched)
                ++counts.unmatched;
            if (!change.taken)
                break;
            if (change.record == Record::Pairing)
                ++counts.pairings;
            else if (change.record == Record::Exchange)
                ++counts.exchanges;
            else
                ++counts.officialCounts;
            break;
        case Kind::Fill:
            if (change.column == QLatin1String("established") ||
                change.column == QLatin1String("date"))
                ++counts.dates;
            else
                ++counts.filled;
            break;
        case Kind::Conflict:
            ++counts.conflicts;
            if (change.taken)
                corrected.insert(change.origin);
            break;
        case Kind::Correct:
            corrected.insert(change.origin);
            break;
        case Kind::Deleted:
            ++counts.deleted;
            break;
        case Kind::Yours:
            ++counts.yours;
            break;
        case Kind::Refused:
            ++counts.refused;
            break;
        }
    }
    counts.corrected = int(corrected.size());
    return counts;
}

EditionUpdate::Counts EditionUpdate::counts() const
{
    Counts counts = countsOf(m_changes);
    counts.byNames = m_byNames;
    counts.byId = m_byId;
    return counts;
}

QString EditionUpdate::summary(const QString &edition, const Counts &counts)
{
    return QCoreApplication::translate("EditionUpdate", "Data edition %1: %2.")
        .arg(edition, changesList(counts));
}

QString EditionUpdate::changesList(const Counts &counts)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("EditionUpdate", text);
    };
    const QLocale locale;
    // One of a number, or several ("1 new pairing", "36 new pairings").
    const auto count = [&locale](int n, const QString &one, const QString &several) {
        return n == 1 ? one : several.arg(locale.toString(n));
    };
    QStringList parts;
    if (counts.pairings > 0)
        parts << count(counts.pairings, tr("1 new pairing"), tr("%1 new pairings"));
    if (counts.exchanges > 0)
        parts << count(counts.exchanges, tr("1 new exchange"), tr("%1 new exchanges"));
    if (counts.officialCounts > 0)
        parts << count(counts.officialCounts, tr("1 official total"), tr("%1 official totals"));
    if (counts.dates > 0)
        parts << count(counts.dates, tr("1 date filled in"), tr("%1 dates filled in"));
    if (counts.filled > 0) {
        parts << count(counts.filled, tr("1 other value filled in"),
                       tr("%1 other values filled in"));
    }
    if (counts.corrected > 0)
        parts << count(counts.corrected, tr("1 record corrected"), tr("%1 records corrected"));
    if (parts.isEmpty())
        parts << tr("nothing new for this database");
    return locale.createSeparatedList(parts);
}

bool EditionUpdate::writesAnything() const
{
    // The edition the database holds changes, at least.
    return m_needed;
}

FilledValues EditionUpdate::write(const Database &database)
{
    if (!m_needed)
        return {};
    m_writer->write();
    OfficialCountStore(database).insert(m_newOfficialCounts);
    FilledValues filled = FilledValues::write(database, m_fills, m_citations);
    DataEditionStore(database).set(m_to);
    return filled;
}
