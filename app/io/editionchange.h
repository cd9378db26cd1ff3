// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One thing a newer edition of the shipped data would do to a database, as the review lists it
// and the command line prints it: a record to add, or one field of a record the database holds
// (a value to fill in, a correction, or a value the user changed that the edition gives
// otherwise), or a record it leaves alone and why.
struct EditionChange
{
    enum class Kind {
        Add,       // a record new in the edition
        Fill,      // a value nobody knew: the edition gives it
        Correct,   // a value the edition corrects, which nobody here had changed
        Conflict,  // a value changed here that the edition gives otherwise: kept unless chosen
        Unmatched, // a record of the earlier edition not found here (deleted, or renamed so
                   // that it cannot be matched): offered as new, added only if chosen
        Deleted,   // a shipped record deleted here: not brought back
        Yours,     // a record new in the edition that was added here already: left alone
        Refused,   // a record that cannot be added (problem says why)
    };
    enum class Record { Pairing, Exchange, OfficialCount };
    // How the record the database holds was found: by the id the edition gave it, or (in a
    // database made before editions gave ids) by its level and both places' names, or by its
    // title and date.
    enum class Match { None, ById, ByNames };

    Kind kind = Kind::Add;
    Record record = Record::Pairing;
    Match match = Match::None;
    QString origin; // the record's id in the edition: "p0093", "e0120", "2022-04"
    QString name;   // the record as the user knows it: "Wujiang (Suzhou) – Marlboro"
    // What is compared, a column of the edition's file ("established", "us_state",
    // "us_coordinates", "source_url"…); empty for a whole record.
    QString column;
    QString earlier; // as the earlier edition had it
    QString yours;   // as the database holds it
    QString edition; // as this edition gives it
    QString problem; // why a record cannot be added
    bool taken = false;

    // Names the change among all of one plan: the choices the user makes are kept by it.
    QString key() const
    {
        return origin + QLatin1Char('|') + column +
               (column == QLatin1String("source_url") ? QLatin1Char('|') + edition : QString());
    }
    // Whether the user chooses (a conflict: yours or the edition's; a record not matched: add
    // it or not); the others are done, or not, as their kind says.
    bool isChoice() const { return kind == Kind::Conflict || kind == Kind::Unmatched; }
    static bool takenByDefault(Kind kind)
    {
        return kind == Kind::Add || kind == Kind::Fill || kind == Kind::Correct;
    }
    // The field in the user's words ("US state"), or the kind of record for a whole one.
    QString fieldName() const;
    // How the record was found, in the user's words.
    QString matchName() const;
};
