// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/exchange.h"
#include "app/domain/pairing.h"
#include "app/domain/pairingrules.h"
#include "app/domain/place.h"
#include "app/domain/source.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

class ChangeNotifier;
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
        int ownExchanges = 0;    // deleted with it
        int sharedExchanges = 0; // kept, as they belong to other pairings too
        QString error;           // why the database could not say, when it could not
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

    // Exchanges: the rules (dates as typed); a new one linked to a pairing (0: none); an edit
    // of its own fields from what was read; a deletion with its links.
    QList<PairingRules::Problem> checkExchange(const Exchange &exchange, const QString &date,
                                               const QString &endDate) const;
    bool addExchange(const Exchange &exchange, qint64 pairingId, QString *error,
                     qint64 *newId = nullptr);
    bool editExchange(const Exchange &before, const Exchange &after, QString *error);
    bool deleteExchange(const Exchange &exchange, QString *error);

    // Sources: the rules, and a citation for a pairing or an exchange (ownerName names it in
    // the step's name).
    QList<PairingRules::Problem> checkSource(const Source &source) const;
    bool citeSourceForPairing(qint64 pairingId, const Source &source, QString *error);
    bool citeSourceForExchange(qint64 exchangeId, const QString &title, const Source &source,
                               QString *error);

    bool undo(QString *error);
    bool redo(QString *error);
    // "Nanjing – St. Louis"
    QString nameOf(const Pairing &pairing) const;

signals:
    // A step taken through the stack itself (the undo history) was refused.
    void failed(const QString &message);

private:
    bool push(class DatabaseCommand *command, QString *error);

    const Database &m_database;
    ChangeNotifier &m_notifier;
    QUndoStack m_stack;
};
