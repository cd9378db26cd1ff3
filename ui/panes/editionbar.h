// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/commands.h"

#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

// The bar above the lists that says Bridges ships a newer edition of its data than the
// database holds, and what taking it would do ("Data edition 2026-12: 36 new pairings, …"),
// with Review… and Not Now. Not Now is remembered for that edition and that database. It looks
// again whenever the records change, whoever changed them: once the edition is taken (here, or
// by someone else on the same server) it goes; undone, it comes back. To a role that may only
// read it says that an editor can take the edition.
class EditionBar : public QFrame
{
    Q_OBJECT
public:
    // database: the file's path or server's address, by which Not Now is remembered.
    EditionBar(Commands &commands, QString database, QWidget *parent = nullptr);

    // Looks at the database and shows or hides the bar, once the database has been read and
    // compared with the edition on another thread (a large database takes seconds, which no
    // one need wait for). The first look comes after the window's first paint.
    void look();
    // Looks again once the changes announced together have settled (connected to the
    // workspace's notifier: an import or a refresh announces many).
    void lookAgainSoon() { m_again.start(); }

signals:
    // The edition was taken through the review; summary says what it did.
    void taken(const QString &summary);

private:
    void review();
    void notNow();
    void say(const Commands::EditionGlance &glance, const QString &putOff);

    Commands &m_commands;
    QString m_database;
    QString m_edition; // the edition the bar speaks of
    QLabel *m_text;
    QPushButton *m_review;
    QTimer m_again;      // a look after changes settle
    quint64 m_looks = 0; // the looks asked for: only the latest one's answer is shown
};
