// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/commands.h"

#include "app/commands/addexchangecommand.h"
#include "app/commands/addpairingcommand.h"
#include "app/commands/addrecordcommand.h"
#include "app/commands/citesourcecommand.h"
#include "app/commands/deleteexchangecommand.h"
#include "app/commands/deletepairingcommand.h"
#include "app/commands/deleterecordcommand.h"
#include "app/commands/editcommand.h"
#include "app/commands/editexchangecommand.h"
#include "app/commands/editionupdatecommand.h"
#include "app/commands/importcommand.h"
#include "app/domain/exchangerules.h"
#include "app/domain/institutionrules.h"
#include "app/domain/placerules.h"
#include "app/domain/sourcerules.h"
#include "app/io/dataerror.h"
#include "app/storage/database.h"
#include "app/storage/exchangestore.h"
#include "app/storage/institutionstore.h"
#include "app/storage/officialcountstore.h"
#include "app/storage/pairingstore.h"
#include "app/storage/placestore.h"
#include "app/storage/sourcestore.h"
#include "app/storage/storageerror.h"
#include "app/storage/transaction.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

Commands::Commands(const Database &database, ChangeNotifier &notifier, QObject *parent)
    : QObject(parent), m_database(database), m_notifier(notifier)
{}

QString Commands::nameOf(const Pairing &pairing) const
{
    const PlaceStore places(m_database);
    const auto chinese = places.byId(pairing.chinesePlaceId);
    const auto us = places.byId(pairing.usPlaceId);
    return tr("%1 – %2").arg(chinese ? chinese->nameEn : QStringLiteral("?"),
                             us ? us->nameEn : QStringLiteral("?"));
}

QList<PairingRules::Problem> Commands::checkPairing(const Pairing &pairing,
                                                    const QString &established) const
{
    const PlaceStore places(m_database);
    const auto chinese =
        pairing.chinesePlaceId ? places.byId(pairing.chinesePlaceId) : std::nullopt;
    const auto us = pairing.usPlaceId ? places.byId(pairing.usPlaceId) : std::nullopt;
    QList<PairingRules::Problem> problems = PairingRules::check(
        pairing, established, chinese ? &*chinese : nullptr, us ? &*us : nullptr);
    if (chinese && us) {
        const qint64 other = PairingStore(m_database).between(chinese->id, us->id);
        if (other && other != pairing.id) {
            problems.append({QStringLiteral("usPlace"),
                             tr("%1 and %2 are paired already.").arg(chinese->nameEn, us->nameEn)});
        }
    }
    return problems;
}

bool Commands::isReadOnly() const
{
    return m_database.isReadOnly();
}

bool Commands::push(DatabaseCommand *command, QString *error)
{
    // The window disables every edit then; this holds for any other way in.
    if (isReadOnly()) {
        delete command;
        if (error)
            *error = tr("This database can be read but not changed: your role on the server "
                        "may not write to it.");
        return false;
    }
    if (!command->apply(true, error)) {
        delete command;
        return false;
    }
    command->setReport([this](const QString &message) { emit failed(message); });
    command->skipNext();
    m_stack.push(command);
    return true;
}

namespace {
Commands::EditionReview reviewOn(const Database &database, const EditionUpdate::Choices &choices)
{
    Commands::EditionReview review;
    // Taken before anything is read: the same when the edition is taken means nothing changed.
    review.stamp = database.changeStamp();
    try {
        Transaction reading(database, Transaction::Mode::Read);
        review.update = EditionUpdate::plan(database, choices);
    } catch (const DataError &e) {
        review.error = e.message();
    } catch (const StorageError &e) {
        review.error = e.message();
    }
    return review;
}
} // namespace

Commands::EditionReview Commands::reviewEdition(const EditionUpdate::Choices &choices) const
{
    return reviewOn(m_database, choices);
}

QFuture<Commands::EditionGlance> Commands::glanceAtEdition(const QString &putOff) const
{
    // A connection is used on the thread that made it: made there, like the one in use.
    return QtConcurrent::run([opened = m_database.opened(), putOff] {
        const std::unique_ptr<Database> own = Database::openAnotherConnection(opened);
        EditionGlance glance;
        if (!own) {
            glance.error = QStringLiteral("no connection"); // not shown: the bar stays hidden
            return glance;
        }
        try {
            glance.edition = EditionUpdate::toTake(*own);
        } catch (const StorageError &e) {
            glance.error = e.message();
        }
        if (glance.edition.isEmpty() || glance.edition == putOff)
            return glance;
        // The plan (which keeps the connection for writing) goes before the connection does.
        const EditionReview review = reviewOn(*own, {});
        glance.needed = review.update.isNeeded();
        glance.counts = review.update.counts();
        glance.error = review.error;
        return glance;
    });
}

QString Commands::editionToTake() const
{
    try {
        return EditionUpdate::toTake(m_database);
    } catch (const StorageError &) {
        return {};
    }
}

bool Commands::takeEdition(const EditionUpdate::Choices &choices, const QString &stamp,
                           QString *error, EditionUpdate *taken)
{
    auto *command = new EditionUpdateCommand(m_database, m_notifier, choices, stamp);
    if (!push(command, error))
        return false;
    if (taken)
        *taken = command->taken();
    return true;
}

bool Commands::addPairing(const Pairing &pairing, QString *error, qint64 *newId)
{
    auto *command = new AddPairingCommand(m_database, m_notifier, pairing, nameOf(pairing));
    if (!push(command, error))
        return false;
    if (newId)
        *newId = command->pairingId();
    return true;
}

bool Commands::editPairing(const Pairing &before, const Pairing &after, QString *error)
{
    return push(new EditCommand<PairingStore, Pairing>(
                    m_database, m_notifier, ChangeNotifier::Pairings, before, after,
                    [name = nameOf(before)] { return tr("Edit pairing %1").arg(name); }),
                error);
}

Commands::Deletion Commands::deletionOf(qint64 pairingId) const
{
    Deletion deletion;
    deletion.pairingId = pairingId;
    try {
        const auto pairing = PairingStore(m_database).byId(pairingId);
        if (!pairing)
            return deletion;
        const PairingDependents dependents = PairingDependents::capture(m_database, pairingId);
        deletion.exists = true;
        deletion.name = nameOf(*pairing);
        deletion.rowVersion = pairing->rowVersion;
        deletion.ownExchanges = int(dependents.ownExchanges().size());
        deletion.ownExchangeIds = dependents.ownExchanges();
        deletion.sharedExchanges = dependents.sharedExchanges();
    } catch (const StorageError &e) {
        deletion.exists = false;
        deletion.error = e.message();
    }
    return deletion;
}

bool Commands::deletePairing(const Deletion &agreed, QString *error)
{
    const Deletion deletion = deletionOf(agreed.pairingId);
    if (!deletion.exists || deletion.rowVersion != agreed.rowVersion) {
        *error = deletion.error.isEmpty() ? PairingStore::changedMeanwhile() : deletion.error;
        return false;
    }
    if (deletion.ownExchangeIds != agreed.ownExchangeIds ||
        deletion.sharedExchanges != agreed.sharedExchanges) {
        *error = DeletePairingCommand::exchangesChangedMeanwhile();
        return false;
    }
    const auto name = [name = deletion.name, exchanges = deletion.ownExchanges] {
        if (exchanges == 0)
            return tr("Delete pairing %1").arg(name);
        return exchanges == 1
                   ? tr("Delete pairing %1 and its exchange").arg(name)
                   : tr("Delete pairing %1 and its %2 exchanges").arg(name).arg(exchanges);
    };
    const DeletePairingCommand::Agreed what{agreed.pairingId, agreed.rowVersion,
                                            agreed.ownExchangeIds, agreed.sharedExchanges};
    return push(new DeletePairingCommand(m_database, m_notifier, what, name), error);
}

QList<PairingRules::Problem> Commands::checkPlace(const Place &place, const QString &latitude,
                                                  const QString &longitude) const
{
    QList<PairingRules::Problem> problems = PlaceRules::check(place, latitude, longitude);
    if (!place.nameEn.trimmed().isEmpty()) {
        try {
            if (PlaceStore(m_database).sameName(place)) {
                problems.append({QStringLiteral("nameEn"),
                                 tr("There is a place called %1 there already: choose it "
                                    "rather than making a second one.")
                                     .arg(place.nameEn.trimmed())});
            }
        } catch (const StorageError &e) {
            problems.append({QStringLiteral("nameEn"), e.message()});
        }
    }
    return problems;
}

template <typename Store, typename Record>
bool Commands::addRecord(RecordKind kind, ChangeNotifier::Entity entity, const Record &record,
                         std::function<QString()> name, QString *error, qint64 *newId)
{
    auto *command = new AddRecordCommand<Store, Record>(m_database, m_notifier, kind, entity,
                                                        record, std::move(name));
    if (!push(command, error))
        return false;
    if (newId)
        *newId = command->recordId();
    return true;
}

bool Commands::addPlace(const Place &place, QString *error, qint64 *newId)
{
    return addRecord<PlaceStore>(
        RecordKind::Place, ChangeNotifier::Places, place,
        [name = place.nameEn] { return tr("Add place %1").arg(name); }, error, newId);
}

QList<PairingRules::Problem> Commands::checkExchange(const Exchange &exchange, const QString &date,
                                                     const QString &endDate) const
{
    return ExchangeRules::check(exchange, date, endDate);
}

bool Commands::addExchange(const Exchange &exchange, QString *error, qint64 *newId)
{
    auto *command = new AddExchangeCommand(m_database, m_notifier, exchange);
    if (!push(command, error))
        return false;
    if (newId)
        *newId = command->exchangeId();
    return true;
}

bool Commands::editExchange(const Exchange &before, const Exchange &after, QString *error)
{
    return push(new EditExchangeCommand(
                    m_database, m_notifier, ChangeNotifier::Exchanges, before, after,
                    [title = before.title] { return tr("Edit exchange “%1”").arg(title); }),
                error);
}

bool Commands::deleteExchange(const Exchange &exchange, QString *error)
{
    return push(new DeleteExchangeCommand(m_database, m_notifier, exchange), error);
}

QList<PairingRules::Problem> Commands::checkSource(const Source &source) const
{
    return SourceRules::check(source);
}

bool Commands::citeSourceForPairing(qint64 pairingId, const Source &source, QString *error)
{
    const auto pairing = PairingStore(m_database).byId(pairingId);
    if (!pairing) {
        *error = PairingStore::changedMeanwhile();
        return false;
    }
    if (SourceStore(m_database)
            .cites(SourceStore::pairingLinks(), QStringLiteral("pairing_id"), pairingId,
                   source.url)) {
        *error = tr("%1 cites this address already.").arg(nameOf(*pairing));
        return false;
    }
    return push(new CiteSourceCommand(m_database, m_notifier, CiteSourceCommand::Pairing, pairingId,
                                      source, nameOf(*pairing)),
                error);
}

bool Commands::citeSourceForExchange(qint64 exchangeId, const QString &title, const Source &source,
                                     QString *error)
{
    if (SourceStore(m_database)
            .cites(SourceStore::exchangeLinks(), QStringLiteral("exchange_id"), exchangeId,
                   source.url)) {
        *error = tr("“%1” cites this address already.").arg(title);
        return false;
    }
    return push(new CiteSourceCommand(m_database, m_notifier, CiteSourceCommand::Exchange,
                                      exchangeId, source, QStringLiteral("“%1”").arg(title)),
                error);
}

bool Commands::editPlace(const Place &before, const Place &after, QString *error)
{
    return push(new EditCommand<PlaceStore, Place>(
                    m_database, m_notifier, ChangeNotifier::Places, before, after,
                    [name = before.nameEn] { return tr("Edit place %1").arg(name); }),
                error);
}

template <typename Store, typename Record>
std::optional<Record> Commands::read(qint64 id, QString *error) const
{
    try {
        if (auto record = Store(m_database).byId(id))
            return record;
        *error = tr("This record was removed elsewhere since it was read. Refresh (F5) to see "
                    "the records as they are now.");
    } catch (const StorageError &e) {
        *error = e.message();
    }
    return std::nullopt;
}

std::optional<Place> Commands::place(qint64 placeId, QString *error) const
{
    return read<PlaceStore, Place>(placeId, error);
}

std::optional<Pairing> Commands::pairing(qint64 pairingId, QString *error) const
{
    return read<PairingStore, Pairing>(pairingId, error);
}

std::optional<Exchange> Commands::exchange(qint64 exchangeId, QString *error) const
{
    return read<ExchangeStore, Exchange>(exchangeId, error);
}

QList<PairingRules::Problem> Commands::checkInstitution(const Institution &institution) const
{
    return InstitutionRules::check(institution);
}

bool Commands::addInstitution(const Institution &institution, QString *error, qint64 *newId)
{
    return addRecord<InstitutionStore>(
        RecordKind::Institution, ChangeNotifier::Institutions, institution,
        [name = institution.nameEn] { return tr("Add institution %1").arg(name); }, error, newId);
}

bool Commands::editInstitution(const Institution &before, const Institution &after, QString *error)
{
    return push(new EditCommand<InstitutionStore, Institution>(
                    m_database, m_notifier, ChangeNotifier::Institutions, before, after,
                    [name = before.nameEn] { return tr("Edit institution %1").arg(name); }),
                error);
}

std::optional<Institution> Commands::institution(qint64 institutionId, QString *error) const
{
    return read<InstitutionStore, Institution>(institutionId, error);
}

QList<PairingRules::Problem> Commands::checkSourceRecord(const Source &source) const
{
    QList<PairingRules::Problem> problems = SourceRules::check(source);
    try {
        const qint64 other = SourceStore(m_database).withUrl(source.url.trimmed());
        if (other != 0 && other != source.id)
            problems.append({QStringLiteral("url"), tr("Another source has this address.")});
    } catch (const StorageError &e) {
        problems.append({QStringLiteral("url"), e.message()});
    }
    return problems;
}

QString Commands::nameOf(const Source &source)
{
    return source.title.isEmpty() ? source.url : source.title;
}

bool Commands::addSource(const Source &source, QString *error, qint64 *newId)
{
    return addRecord<SourceStore>(
        RecordKind::Source, ChangeNotifier::Sources, source,
        [name = nameOf(source)] { return tr("Add source %1").arg(name); }, error, newId);
}

bool Commands::editSource(const Source &before, const Source &after, QString *error)
{
    return push(new EditCommand<SourceStore, Source>(
                    m_database, m_notifier, ChangeNotifier::Sources, before, after,
                    [name = nameOf(before)] { return tr("Edit source %1").arg(name); }),
                error);
}

std::optional<Source> Commands::source(qint64 sourceId, QString *error) const
{
    return read<SourceStore, Source>(sourceId, error);
}

QList<PairingRules::Problem>
Commands::checkOfficialCount(const OfficialCountRules::Typed &typed) const
{
    return OfficialCountRules::check(typed);
}

QString Commands::nameOf(const OfficialCount &count)
{
    return tr("%1 (%2)").arg(QLocale().toString(count.total), count.date.toDisplayString());
}

bool Commands::addOfficialCount(const OfficialCount &count, QString *error, qint64 *newId)
{
    return addRecord<OfficialCountStore>(
        RecordKind::OfficialCount, ChangeNotifier::OfficialCounts, count,
        // Its number and date in the language in use too.
        [count] { return tr("Add official total %1").arg(nameOf(count)); }, error, newId);
}

bool Commands::editOfficialCount(const OfficialCount &before, const OfficialCount &after,
                                 QString *error)
{
    return push(new EditCommand<OfficialCountStore, OfficialCount>(
                    m_database, m_notifier, ChangeNotifier::OfficialCounts, before, after,
                    [before] { return tr("Edit official total %1").arg(nameOf(before)); }),
                error);
}

std::optional<OfficialCount> Commands::officialCount(qint64 countId, QString *error) const
{
    return read<OfficialCountStore, OfficialCount>(countId, error);
}

struct Commands::PreviewedImport
{
    ImportRequest request;
    ImportCommand::Preview preview;
};

Commands::ImportPreview Commands::previewImport(const ImportRequest &request,
                                                const Progress &progress) const
{
    ImportPreview preview;
    preview.merging = request.duplicates == DatasetWriter::Duplicates::Merge;
    try {
        m_previewed.reset(); // the plan of another file would be kept while this one is read
        const ImportCommand::Preview result = ImportCommand::preview(m_database, request, progress);
        if (result.plan)
            m_previewed.reset(new PreviewedImport{request, result});
        preview.error = result.error;
        preview.cancelled = result.cancelled;
        preview.records = result.outcome.written;
        preview.places = result.added.places;
        preview.sources = result.added.sources;
        preview.duplicateLines = result.outcome.duplicateLines;
        preview.fillableLines = result.outcome.fillableLines;
        preview.differences = result.outcome.differences;
        for (const DataError &problem : result.outcome.problems)
            preview.problems.append(
                {problem.line(), problem.field(), problem.message(), problem.reason()});
    } catch (const StorageError &e) {
        preview.error = e.message();
    }
    return preview;
}

bool Commands::importFile(const ImportRequest &request, QString *error, const Progress &progress)
{
    std::optional<ImportCommand::Preview> previewed;
    if (m_previewed && m_previewed->request == request)
        previewed = m_previewed->preview;
    m_previewed.reset();
    return push(new ImportCommand(m_database, m_notifier, request, progress, std::move(previewed)),
                error);
}

Commands::Removal Commands::removalOf(RecordKind kind, qint64 id) const
{
    Removal removal;
    removal.kind = kind;
    removal.id = id;
    QString error;
    switch (kind) {
    case RecordKind::Place:
        if (const auto place = read<PlaceStore, Place>(id, &error)) {
            removal.name = place->nameEn;
            removal.rowVersion = place->rowVersion;
        }
        break;
    case RecordKind::Institution:
        if (const auto institution = read<InstitutionStore, Institution>(id, &error)) {
            removal.name = institution->nameEn;
            removal.rowVersion = institution->rowVersion;
        }
        break;
    case RecordKind::Source:
        if (const auto source = read<SourceStore, Source>(id, &error)) {
            removal.name = nameOf(*source);
            removal.rowVersion = source->rowVersion;
        }
        break;
    case RecordKind::OfficialCount:
        if (const auto count = read<OfficialCountStore, OfficialCount>(id, &error)) {
            removal.name = nameOf(*count);
            removal.rowVersion = count->rowVersion;
        }
        break;
    }
    removal.exists = error.isEmpty();
    removal.error = error;
    if (removal.exists) {
        try {
            removal.usedBy = RecordRemoval::usesOf(m_database, kind, id);
        } catch (const StorageError &e) {
            removal.exists = false;
            removal.error = e.message();
        }
    }
    return removal;
}

bool Commands::remove(const Removal &agreed, QString *error)
{
    const auto name = [kind = agreed.kind, name = agreed.name] {
        switch (kind) {
        case RecordKind::Place:
            return tr("Delete place %1").arg(name);
        case RecordKind::Institution:
            return tr("Delete institution %1").arg(name);
        case RecordKind::Source:
            return tr("Delete source %1").arg(name);
        case RecordKind::OfficialCount:
            break;
        }
        return tr("Delete official total %1").arg(name);
    };
    return push(new DeleteRecordCommand(m_database, m_notifier, agreed.kind, agreed.id,
                                        agreed.rowVersion, name),
                error);
}

bool Commands::undo(QString *error)
{
    if (!m_stack.canUndo())
        return false;
    auto *command = static_cast<DatabaseCommand *>(
        const_cast<QUndoCommand *>(m_stack.command(m_stack.index() - 1)));
    if (!command->apply(false, error))
        return false;
    command->skipNext();
    m_stack.undo();
    return true;
}

bool Commands::redo(QString *error)
{
    if (!m_stack.canRedo())
        return false;
    auto *command = static_cast<DatabaseCommand *>(
        const_cast<QUndoCommand *>(m_stack.command(m_stack.index())));
    if (!command->apply(true, error))
        return false;
    command->skipNext();
    m_stack.redo();
    return true;
}

void Commands::retranslate()
{
    for (int i = 0; i < m_stack.count(); ++i)
        static_cast<DatabaseCommand *>(const_cast<QUndoCommand *>(m_stack.command(i)))->rename();
}
