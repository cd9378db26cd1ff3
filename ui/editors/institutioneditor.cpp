// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editors/institutioneditor.h"

#include "app/commands/commands.h"
#include "app/models/recordlistmodel.h"
#include "app/models/roles.h"
#include "ui/editors/choicelist.h"
#include "ui/editors/formconflict.h"
#include "ui/editors/problemlabel.h"
#include "ui_institutioneditor.h"

#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>

InstitutionEditor::InstitutionEditor(Commands &commands, RecordListModel &places,
                                     const Institution &institution, QWidget *parent)
    : QDialog(parent), m_commands(commands), m_read(institution), m_ui(new Ui::InstitutionEditor)
{
    m_ui->setupUi(this);
    setWindowTitle(institution.id ? tr("Edit Institution %1").arg(institution.nameEn)
                                  : tr("New Institution"));
    m_ui->kindBox->addItem(tr("Not known"), QString());
    for (const QString &key : InstitutionKinds::keys())
        m_ui->kindBox->addItem(InstitutionKinds::displayName(key), key);

    // Where it is: none, or a place found by typing part of its name.
    places.load();
    auto *shown = new ChoiceList(this);
    shown->setSourceModel(&places);
    m_ui->placeBox->setEditable(true);
    m_ui->placeBox->setInsertPolicy(QComboBox::NoInsert);
    m_ui->placeBox->setModel(shown);
    m_ui->placeBox->lineEdit()->setPlaceholderText(tr("Not recorded"));
    auto *completer = new QCompleter(shown, m_ui->placeBox);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->placeBox->setCompleter(completer);
    fill(institution);

    ProblemLabel::prepare(m_ui->nameEnProblem);
    ProblemLabel::prepare(m_ui->urlProblem);
    ProblemLabel::prepare(m_ui->placeProblem);
    for (QLineEdit *edit : {m_ui->nameEnEdit, m_ui->urlEdit})
        connect(edit, &QLineEdit::textChanged, this, &InstitutionEditor::check);
    connect(m_ui->kindBox, &QComboBox::currentIndexChanged, this, &InstitutionEditor::check);
    connect(m_ui->placeBox, &QComboBox::currentTextChanged, this, &InstitutionEditor::check);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

InstitutionEditor::~InstitutionEditor() = default;

// The form set to show an institution.
void InstitutionEditor::fill(const Institution &institution)
{
    m_ui->nameEnEdit->setText(institution.nameEn);
    m_ui->nameZhEdit->setText(institution.nameZh);
    m_ui->urlEdit->setText(institution.url);
    m_ui->kindBox->setCurrentIndex(std::max(0, m_ui->kindBox->findData(institution.kind)));
    const int row = institution.placeId
                        ? m_ui->placeBox->findData(institution.placeId, Roles::RecordIdRole)
                        : -1;
    m_ui->placeBox->setCurrentIndex(row);
    if (row < 0)
        m_ui->placeBox->setEditText(QString());
}

Institution InstitutionEditor::institution() const
{
    Institution institution = m_read;
    institution.nameEn = m_ui->nameEnEdit->text().trimmed();
    institution.nameZh = m_ui->nameZhEdit->text().trimmed();
    institution.kind = m_ui->kindBox->currentData().toString();
    institution.url = m_ui->urlEdit->text().trimmed();
    // The row chosen while the box shows its name; else the first of the name typed.
    const QString typed = m_ui->placeBox->currentText().trimmed();
    int row = m_ui->placeBox->currentIndex();
    if (row < 0 || m_ui->placeBox->itemText(row) != typed)
        row = m_ui->placeBox->findText(typed, Qt::MatchFixedString);
    institution.placeId =
        row < 0 ? 0 : m_ui->placeBox->itemData(row, Roles::RecordIdRole).toLongLong();
    return institution;
}

void InstitutionEditor::check()
{
    QList<PairingRules::Problem> problems = m_commands.checkInstitution(institution());
    const QString placeText = m_ui->placeBox->currentText().trimmed();
    if (!placeText.isEmpty() && institution().placeId == 0) {
        problems.append({QStringLiteral("place"),
                         tr("No place is called “%1”: choose one from the list, or leave it "
                            "empty.")
                             .arg(placeText)});
    }
    ProblemLabel::show(m_ui->nameEnProblem, problems,
                       {QStringLiteral("nameEn"), QStringLiteral("kind")});
    ProblemLabel::show(m_ui->placeProblem, problems, {QStringLiteral("place")});
    ProblemLabel::show(m_ui->urlProblem, problems, {QStringLiteral("url")});
    ProblemLabel::holdSave(m_ui->buttons->button(QDialogButtonBox::Save), problems);
}

void InstitutionEditor::accept()
{
    const FormConflict::Saving<Institution> saving{
        [this](const Institution &institution, QString *error) {
            return m_commands.addInstitution(institution, error, &m_savedId);
        },
        [this](const Institution &before, const Institution &after, QString *error) {
            return after == before || m_commands.editInstitution(before, after, error);
        },
        [this](qint64 id, QString *error) { return m_commands.institution(id, error); },
        [this](const Institution &institution) { fill(institution); }};
    if (m_read.id)
        m_savedId = m_read.id; // an edit, however it ends, names the record read
    if (FormConflict::save(this, m_read, institution(), m_read.nameEn, saving))
        QDialog::accept();
}
