// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/recordkind.h"

#include <QDialog>

class Commands;
class QTabWidget;
class RecordListPage;
struct Workspace;

// Edit > Places, Institutions and Sources…: the records that pairings and exchanges name, and
// the official totals of pairs, each kind on its tab, to find, add, correct and delete. Every
// change is one undoable step through the commands; a record still named by others is not
// deleted, and the user is told by what. It stays open beside the main window.
class RecordsDialog : public QDialog
{
    Q_OBJECT
public:
    RecordsDialog(Workspace &workspace, Commands &commands, QWidget *parent = nullptr);

    void showKind(RecordKind kind);
    RecordKind kindInView() const;
    RecordListPage *page(RecordKind kind) const;

private:
    void addPlace(const QString &countryCode);
    void addInstitution();
    void addSource();
    void addOfficialCount();
    void edit(RecordKind kind, qint64 id);
    void remove(RecordKind kind, qint64 id);
    void report(const QString &error);

    Workspace &m_workspace;
    Commands &m_commands;
    QTabWidget *m_tabs;
    RecordListPage *m_places;
    RecordListPage *m_institutions;
    RecordListPage *m_sources;
    RecordListPage *m_officialCounts;
};
