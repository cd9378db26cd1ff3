// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/recordsdialog.h"

#include "app/commands/commands.h"
#include "app/models/workspace.h"
#include "ui/editors/institutioneditor.h"
#include "ui/editors/officialcounteditor.h"
#include "ui/editors/placeeditor.h"
#include "ui/editors/sourceeditor.h"
#include "ui/panes/recordlistpage.h"

#include <QDialogButtonBox>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

RecordsDialog::RecordsDialog(Workspace &workspace, Commands &commands, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_commands(commands), m_tabs(new QTabWidget(this)),
      m_places(new RecordListPage(workspace.placeList, tr("places"), this)),
      m_institutions(new RecordListPage(workspace.institutionList, tr("institutions"), this)),
      m_sources(new RecordListPage(workspace.sourceList, tr("sources"), this)),
      m_officialCounts(new RecordListPage(workspace.officialCountList, tr("official totals"), this))
{
    setObjectName(QStringLiteral("recordsDialog"));
    setWindowTitle(tr("Places, Institutions and Sources"));
    resize(900, 560);
    m_places->setObjectName(QStringLiteral("placesPage"));
    m_institutions->setObjectName(QStringLiteral("institutionsPage"));
    m_sources->setObjectName(QStringLiteral("sourcesPage"));
    m_officialCounts->setObjectName(QStringLiteral("officialTotalsPage"));
    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    m_tabs->addTab(m_places, tr("&Places"));
    m_tabs->addTab(m_institutions, tr("&Institutions"));
    m_tabs->addTab(m_sources, tr("&Sources"));
    m_tabs->addTab(m_officialCounts, tr("Official &Totals"));

    // A new place is in China or in the United States: the button asks which.
    auto *countries = new QMenu(this);
    countries->addAction(tr("Place in &China…"), this, [this] { addPlace(QStringLiteral("CN")); });
    countries->addAction(tr("Place in the &United States…"), this,
                         [this] { addPlace(QStringLiteral("US")); });
    m_places->newButton()->setMenu(countries);
    connect(m_places, &RecordListPage::newRequested, this,
            [this] { m_places->newButton()->showMenu(); });
    connect(m_institutions, &RecordListPage::newRequested, this, &RecordsDialog::addInstitution);
    connect(m_sources, &RecordListPage::newRequested, this, &RecordsDialog::addSource);
    connect(m_officialCounts, &RecordListPage::newRequested, this,
            &RecordsDialog::addOfficialCount);
    const std::pair<RecordListPage *, RecordKind> pages[] = {
        {m_places, RecordKind::Place},
        {m_institutions, RecordKind::Institution},
        {m_sources, RecordKind::Source},
        {m_officialCounts, RecordKind::OfficialCount}};
    for (const auto &[page, kind] : pages) {
        connect(page, &RecordListPage::editRequested, this,
                [this, kind = kind](qint64 id) { edit(kind, id); });
        connect(page, &RecordListPage::deleteRequested, this,
                [this, kind = kind](qint64 id) { remove(kind, id); });
        page->setReadOnly(commands.isReadOnly());
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
}

RecordListPage *RecordsDialog::page(RecordKind kind) const
{
    switch (kind) {
    case RecordKind::Place:
        return m_places;
    case RecordKind::Institution:
        return m_institutions;
    case RecordKind::Source:
        return m_sources;
    case RecordKind::OfficialCount:
        return m_officialCounts;
    }
    return m_places;
}

void RecordsDialog::showKind(RecordKind kind)
{
    m_tabs->setCurrentWidget(page(kind));
    page(kind)->setFocus();
}

RecordKind RecordsDialog::kindInView() const
{
    for (const RecordKind kind :
         {RecordKind::Institution, RecordKind::Source, RecordKind::OfficialCount}) {
        if (m_tabs->currentWidget() == page(kind))
            return kind;
    }
    return RecordKind::Place;
}

void RecordsDialog::addPlace(const QString &countryCode)
{
    Place place;
    place.countryCode = countryCode;
    place.kind = QStringLiteral("city");
    PlaceChoicesModel &places =
        countryCode == QLatin1String("CN") ? m_workspace.chinesePlaces : m_workspace.usPlaces;
    places.load();
    PlaceEditor editor(m_commands, places, place, this);
    if (editor.exec() == QDialog::Accepted)
        m_places->choose(editor.savedId());
}

void RecordsDialog::addInstitution()
{
    InstitutionEditor editor(m_commands, m_workspace.placeList, Institution(), this);
    if (editor.exec() == QDialog::Accepted)
        m_institutions->choose(editor.savedId());
}

void RecordsDialog::addSource()
{
    SourceEditor editor(m_commands, Source(), this);
    if (editor.exec() == QDialog::Accepted)
        m_sources->choose(editor.savedId());
}

void RecordsDialog::addOfficialCount()
{
    OfficialCountEditor editor(m_commands, OfficialCount(), this);
    if (editor.exec() == QDialog::Accepted)
        m_officialCounts->choose(editor.savedId());
}

void RecordsDialog::edit(RecordKind kind, qint64 id)
{
    if (id == 0)
        return;
    QString error;
    switch (kind) {
    case RecordKind::Place:
        if (const auto place = m_commands.place(id, &error)) {
            PlaceChoicesModel &places = place->countryCode == QLatin1String("CN")
                                            ? m_workspace.chinesePlaces
                                            : m_workspace.usPlaces;
            places.load();
            PlaceEditor editor(m_commands, places, *place, this);
            editor.exec();
        }
        break;
    case RecordKind::Institution:
        if (const auto institution = m_commands.institution(id, &error)) {
            InstitutionEditor editor(m_commands, m_workspace.placeList, *institution, this);
            editor.exec();
        }
        break;
    case RecordKind::Source:
        if (const auto source = m_commands.source(id, &error)) {
            SourceEditor editor(m_commands, *source, this);
            editor.exec();
        }
        break;
    case RecordKind::OfficialCount:
        if (const auto count = m_commands.officialCount(id, &error)) {
            OfficialCountEditor editor(m_commands, *count, this);
            editor.exec();
        }
        break;
    }
    if (!error.isEmpty())
        report(error);
}

void RecordsDialog::remove(RecordKind kind, qint64 id)
{
    if (id == 0)
        return;
    const Commands::Removal removal = m_commands.removalOf(kind, id);
    if (!removal.exists) {
        report(removal.error);
        return;
    }
    if (!removal.usedBy.isEmpty()) {
        QMessageBox::information(this, tr("Delete"),
                                 tr("“%1” is still in use by %2, so it stays. Change or delete "
                                    "those first.")
                                     .arg(removal.name, removal.usedBy));
        return;
    }
    // An official total is named by nothing; the others are said to be free to go.
    const QString question =
        kind == RecordKind::OfficialCount
            ? tr("Delete the official total “%1”? Undo brings it back.").arg(removal.name)
            : tr("Delete “%1”? Nothing names it. Undo brings it back.").arg(removal.name);
    if (QMessageBox::question(this, tr("Delete"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    QString error;
    if (!m_commands.remove(removal, &error))
        report(error);
}

void RecordsDialog::report(const QString &error)
{
    QMessageBox::warning(this, windowTitle(), error);
}
