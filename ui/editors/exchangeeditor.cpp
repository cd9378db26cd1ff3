// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editors/exchangeeditor.h"

#include "app/commands/commands.h"
#include "app/domain/vocabulary.h"
#include "app/models/recordlistmodel.h"
#include "ui/editors/formconflict.h"
#include "ui/editors/institutioneditor.h"
#include "ui/editors/problemlabel.h"
#include "ui/editors/sourceeditor.h"
#include "ui_exchangeeditor.h"

#include <QPushButton>

ExchangeEditor::ExchangeEditor(Commands &commands, const Choices &choices, const Exchange &exchange,
                               QWidget *parent)
    : QDialog(parent), m_commands(commands), m_choices(choices), m_read(exchange),
      m_ui(new Ui::ExchangeEditor)
{
    m_ui->setupUi(this);
    setWindowTitle(exchange.id ? tr("Edit Exchange") : tr("New Exchange"));
    m_ui->pairingLinks->setChoices(&choices.pairings, tr("pairings"));
    m_ui->institutionLinks->setChoices(&choices.institutions, tr("institutions"));
    m_ui->institutionLinks->setNewText(tr("&New Institution…"));
    m_ui->sourceLinks->setChoices(&choices.sources, tr("sources"));
    m_ui->sourceLinks->setNewText(tr("N&ew Source…"));
    connect(m_ui->institutionLinks, &LinkListEditor::newRequested, this,
            &ExchangeEditor::newInstitution);
    connect(m_ui->sourceLinks, &LinkListEditor::newRequested, this, &ExchangeEditor::newSource);
    for (const QString &key : Vocabulary::fieldKeys())
        m_ui->fieldBox->addItem(Vocabulary::displayNameOfFieldKey(key), key);
    for (const QString &key : Vocabulary::modeKeys())
        m_ui->modeBox->addItem(Vocabulary::displayNameOfModeKey(key), key);
    fill(exchange);
    ProblemLabel::prepare(m_ui->titleProblem);
    ProblemLabel::prepare(m_ui->dateProblem);
    for (QLineEdit *edit : {m_ui->titleEdit, m_ui->dateEdit, m_ui->endDateEdit})
        connect(edit, &QLineEdit::textChanged, this, &ExchangeEditor::check);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

ExchangeEditor::~ExchangeEditor() = default;

// The form set to show an exchange.
void ExchangeEditor::fill(const Exchange &exchange)
{
    m_ui->pairingLinks->setIds(exchange.pairingIds);
    m_ui->institutionLinks->setIds(exchange.institutionIds);
    m_ui->sourceLinks->setIds(exchange.sourceIds);
    m_ui->fieldBox->setCurrentIndex(std::max(0, m_ui->fieldBox->findData(exchange.field)));
    m_ui->modeBox->setCurrentIndex(std::max(0, m_ui->modeBox->findData(exchange.mode)));
    m_ui->titleEdit->setText(exchange.title);
    m_ui->dateEdit->setText(exchange.date.toIso());
    m_ui->endDateEdit->setText(exchange.endDate.toIso());
    m_ui->locationEdit->setText(exchange.location);
    m_ui->participantsEdit->setText(exchange.participants);
    m_ui->descriptionEdit->setPlainText(exchange.description);
}

Exchange ExchangeEditor::exchange() const
{
    Exchange e = m_read;
    e.title = m_ui->titleEdit->text().trimmed();
    e.date = PartialDate::fromIso(m_ui->dateEdit->text());
    e.endDate = PartialDate::fromIso(m_ui->endDateEdit->text());
    e.field = m_ui->fieldBox->currentData().toString();
    e.mode = m_ui->modeBox->currentData().toString();
    e.location = m_ui->locationEdit->text().trimmed();
    e.participants = m_ui->participantsEdit->text().trimmed();
    e.description = m_ui->descriptionEdit->toPlainText().trimmed();
    e.pairingIds = m_ui->pairingLinks->ids();
    e.institutionIds = m_ui->institutionLinks->ids();
    e.sourceIds = m_ui->sourceLinks->ids();
    return e;
}

void ExchangeEditor::check()
{
    const auto problems =
        m_commands.checkExchange(exchange(), m_ui->dateEdit->text(), m_ui->endDateEdit->text());
    ProblemLabel::show(m_ui->titleProblem, problems, {QStringLiteral("title")});
    ProblemLabel::show(m_ui->dateProblem, problems,
                       {QStringLiteral("date"), QStringLiteral("endDate")});
    ProblemLabel::holdSave(m_ui->buttons->button(QDialogButtonBox::Save), problems);
}

void ExchangeEditor::accept()
{
    const FormConflict::Saving<Exchange> saving{
        [this](const Exchange &exchange, QString *error) {
            return m_commands.addExchange(exchange, error);
        },
        [this](const Exchange &before, const Exchange &after, QString *error) {
            return after == before || m_commands.editExchange(before, after, error);
        },
        [this](qint64 id, QString *error) { return m_commands.exchange(id, error); },
        [this](const Exchange &exchange) { fill(exchange); }};
    if (FormConflict::save(this, m_read, exchange(), tr("the exchange “%1”").arg(m_read.title),
                           saving))
        QDialog::accept();
}

// A new record is its own undoable step, made at once; the exchange links to it when saved.
void ExchangeEditor::newInstitution()
{
    InstitutionEditor editor(m_commands, m_choices.places, Institution(), this);
    if (editor.exec() == QDialog::Accepted)
        m_ui->institutionLinks->add(editor.savedId());
}

void ExchangeEditor::newSource()
{
    SourceEditor editor(m_commands, Source(), this);
    if (editor.exec() == QDialog::Accepted)
        m_ui->sourceLinks->add(editor.savedId());
}
