// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/importcommand.h"
#include "app/domain/exchange.h"
#include "app/domain/institution.h"
#include "app/domain/officialcount.h"
#include "app/domain/officialcountrules.h"
#include "app/domain/pairing.h"
#include "app/domain/pairingrules.h"
#include "app/domain/place.h"
#include "app/domain/recordkind.h"
#include "app/domain/source.h"
#include "app/io/editionupdate.h"
#include "app/storage/changenotifier.h"

#include <QFuture>
#include <QObject>
#include <QSet>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

class Database;

// The one way the widgets change the database: each edit is checked, written in one
// transaction and put on the undo stack with a name ("Edit pairing Nanjing – St. Louis").
// A refused edit, undo or redo returns false with a message and changes nothing, neither in
// the database nor on the stack.
class Commands : public QObject
{
    Q_OBJECT
public:
    Commands(const Database &database, ChangeNotifier &notifier, QObject *parent = nullptr);

    const QUndoStack *stack() const { return &m_stack; }
    // Whether the database may only be read (a server role without the right to write): every
    // change is refused then.
    bool isReadOnly() const;

    // What keeps a pairing from being saved: the rules, and no second pairing of the same two
    // places. established: the date as typed.
    QList<PairingRules::Problem> checkPairing(const Pairing &pairing,
                                              const QString &established) const;
    bool addPairing(const Pairing &pairing, QString *error, qint64 *newId = nullptr);
    // before: the pairing as read (with its row version); after: as the user left it.
    bool editPairing(const Pairing &before, const Pairing &after, QString *error);

    // What deleting a pairing takes with it, to tell the user before.
    struct Deletion
    {
        qint64 pairingId = 0;
        bool exists = false;
        QString name;
        int rowVersion = 0;
        int ownExchanges = 0;         // deleted with it
        QList<qint64> ownExchangeIds; // which, in ascending order
        int sharedExchanges = 0;      // kept, as they belong to other pairings too
        QString error;                // why the database could not say, when it could not
    };
    Deletion deletionOf(qint64 pairingId) const;
    // agreed: what the user was told (from deletionOf). If the pairing has changed since, or
    // its exchanges have, the deletion is refused and nothing goes.
    bool deletePairing(const Deletion &agreed, QString *error);

    // A new place: the rules (coordinates as typed), then written as one undoable step.
    QList<PairingRules::Problem> checkPlace(const Place &place, const QString &latitude,
                                            const QString &longitude) const;
    bool addPlace(const Place &place, QString *error, qint64 *newId = nullptr);
    // before: the place as read (with its row version); after: as the user left it.
    bool editPlace(const Place &before, const Place &after, QString *error);
    // The place as it is now, to edit; nothing and why if it is gone or cannot be read.
    std::optional<Place> place(qint64 placeId, QString *error) const;
    // The pairing as the database holds it now (null if removed, or unreadable with *error).
    std::optional<Pairing> pairing(qint64 pairingId, QString *error) const;
    std::optional<Exchange> exchange(qint64 exchangeId, QString *error) const;

    // Institutions: the rules, a new one, an edit from what was read, and one as it is now.
    QList<PairingRules::Problem> checkInstitution(const Institution &institution) const;
    bool addInstitution(const Institution &institution, QString *error, qint64 *newId = nullptr);
    bool editInstitution(const Institution &before, const Institution &after, QString *error);
    std::optional<Institution> institution(qint64 institutionId, QString *error) const;

    // Sources as records of their own (the list of sources), besides citing them: the rules
    // and no second source with the same address; a new one; an edit; one as it is now.
    QList<PairingRules::Problem> checkSourceRecord(const Source &source) const;
    bool addSource(const Source &source, QString *error, qint64 *newId = nullptr);
    bool editSource(const Source &before, const Source &after, QString *error);
    std::optional<Source> source(qint64 sourceId, QString *error) const;
    // Its title, or its address when it has none.
    static QString nameOf(const Source &source);

    // Official totals (the count of China–US pairs as reported, split by level where known):
    // the rules (the form as typed), a new one, an edit from what was read, and one as it is
    // now. Deleting one goes through removalOf() and remove() like the records above.
    QList<PairingRules::Problem> checkOfficialCount(const OfficialCountRules::Typed &typed) const;
    bool addOfficialCount(const OfficialCount &count, QString *error, qint64 *newId = nullptr);
    bool editOfficialCount(const OfficialCount &before, const OfficialCount &after, QString *error);
    std::optional<OfficialCount> officialCount(qint64 countId, QString *error) const;
    // "288 (Oct 2025)", in the user's locale
    static QString nameOf(const OfficialCount &count);

    // Deleting a place, an institution, a source or an official total: what the user is told first
    // (usedBy says what still names it, which keeps it from going), then the deletion as agreed,
    // refused if the record changed or came into use since.
    struct Removal
    {
        RecordKind kind = RecordKind::Place;
        qint64 id = 0;
        bool exists = false;
        QString name;
        int rowVersion = 0;
        QString usedBy; // "2 pairings and 1 exchange"; empty when nothing names it
        QString error;  // why the database could not say, when it could not
    };
    Removal removalOf(RecordKind kind, qint64 id) const;
    bool remove(const Removal &agreed, QString *error);

    // Exchanges: the rules (dates as typed); a new one with its links (pairings, institutions,
    // sources); an edit from what was read, links included; a deletion with its links.
    QList<PairingRules::Problem> checkExchange(const Exchange &exchange, const QString &date,
                                               const QString &endDate) const;
    bool addExchange(const Exchange &exchange, QString *error, qint64 *newId = nullptr);
    bool editExchange(const Exchange &before, const Exchange &after, QString *error);
    bool deleteExchange(const Exchange &exchange, QString *error);

    // Sources: the rules, and a citation for a pairing or an exchange (ownerName names it in
    // the step's name).
    QList<PairingRules::Problem> checkSource(const Source &source) const;
    bool citeSourceForPairing(qint64 pairingId, const Source &source, QString *error);
    bool citeSourceForExchange(qint64 exchangeId, const QString &title, const Source &source,
                               QString *error);

    // Importing a file of pairings, exchanges or places (ImportRequest): what it would add,
    // every problem with its line and field, and what it would fill in on records held
    // already, without writing anything; then the import itself, one undoable step, refused
    // whole if a row is wrong.
    struct ImportProblem
    {
        int line = 0;
        QString field;
        QString message; // whole: "file.csv, line 4, field level: ..."
        QString reason;  // the part after the field: "“village” is not one of ..."
    };
    struct ImportPreview
    {
        QString error;   // the file as a whole cannot be read
        int records = 0; // pairings, exchanges or places
        int places = 0;
        int sources = 0;
        QList<int> duplicateLines;                  // records the database holds already: not added
        QList<int> fillableLines;                   // those of them with something to fill in
        QList<PairingRows::Difference> differences; // the database's values are kept
        QList<ImportProblem> problems;
        bool merging = false; // the rows of records held are merged into them
        bool cancelled = false;
        bool canImport() const
        {
            return error.isEmpty() && problems.isEmpty() &&
                   (records > 0 || (merging && !fillableLines.isEmpty()));
        }
        // A row may have several problems: the rows that have any.
        int rowsWithProblems() const
        {
            QSet<int> lines;
            for (const ImportProblem &problem : problems)
                lines.insert(problem.line);
            return int(lines.size());
        }
    };
    // progress: told how many rows are done of how many, now and then; false cancels, and
    // nothing is written.
    using Progress = std::function<bool(int done, int total)>;
    ImportPreview previewImport(const ImportRequest &request, const Progress &progress = {}) const;
    bool importFile(const ImportRequest &request, QString *error, const Progress &progress = {});
    // Lets go of what the last preview planned (the dialog was closed without importing).
    void forgetPreview() { m_previewed.reset(); }

    // A newer edition of the shipped data: what taking it would do (EditionUpdate), read in
    // one state of the database, nothing written; then taking it with the choices the user
    // made on that review, one undoable step, refused if the database changed since (stamp).
    struct EditionReview
    {
        EditionUpdate update;
        QString stamp; // the database's change stamp before it was read
        QString error; // why it could not be read
    };
    EditionReview reviewEdition(const EditionUpdate::Choices &choices = {}) const;
    // The newer edition to take (editionToTake()) and what its review would count, read on a
    // connection of its own on a thread of the pool, so that comparing a large database with
    // the edition, or a server that does not answer, keeps no window waiting. An edition the
    // user put off (putOff) is not compared. The future needs nothing of this object (it may
    // go meanwhile).
    struct EditionGlance
    {
        QString edition; // empty: none to take
        bool needed = false;
        EditionUpdate::Counts counts;
        QString error; // why it could not be read
    };
    QFuture<EditionGlance> glanceAtEdition(const QString &putOff) const;
    // The newer edition Bridges ships, when the database holds an older one; else empty
    // (also when the database cannot be read now).
    QString editionToTake() const;
    // stamp: the review's; empty to plan as the step begins (the command line). taken: what
    // was done, when it was.
    bool takeEdition(const EditionUpdate::Choices &choices, const QString &stamp, QString *error,
                     EditionUpdate *taken = nullptr);

    bool undo(QString *error);
    bool redo(QString *error);
    // Names every step on the stack again in the language now in use (another was chosen):
    // Undo and the history then say them in it.
    void retranslate();
    // "Nanjing – St. Louis"
    QString nameOf(const Pairing &pairing) const;

signals:
    // A step taken through the stack itself (the undo history) was refused.
    void failed(const QString &message);

private:
    bool push(class DatabaseCommand *command, QString *error);
    template <typename Store, typename Record>
    bool addRecord(RecordKind kind, ChangeNotifier::Entity entity, const Record &record,
                   std::function<QString()> name, QString *error, qint64 *newId);
    template <typename Store, typename Record>
    std::optional<Record> read(qint64 id, QString *error) const;

    const Database &m_database;
    ChangeNotifier &m_notifier;
    QUndoStack m_stack;
    // The last preview that found nothing wrong, with what it read: importing the same file
    // with the same columns writes what it planned, if the database is still as it was.
    struct PreviewedImport;
    mutable std::shared_ptr<PreviewedImport> m_previewed;
};
