// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editors/sourceeditor.h"

#include "app/commands/commands.h"
#include "ui/editors/formconflict.h"
#include "ui/editors/problemlabel.h"
#include "ui_sourceeditor.h"

#include <QMessageBox>
#include <QPushButton>

SourceEditor::SourceEditor(Commands &commands, const QString &citedFor, Cite cite, QWidget *parent)
    : QDialog(parent), m_commands(commands), m_cite(std::move(cite)), m_ui(new Ui::SourceEditor)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Cite a Source"));
    m_ui->citedForLabel->setText(citedFor);
    prepare();
}

SourceEditor::SourceEditor(Commands &commands, const Source &source, QWidget *parent)
    : QDialog(parent), m_commands(commands), m_read(source), m_ui(new Ui::SourceEditor)
{
    m_ui->setupUi(this);
    setWindowTitle(source.id ? tr("Edit Source") : tr("New Source"));
    m_ui->citedForCaption->hide();
    m_ui->citedForLabel->hide();
    fill(source);
    prepare();
}

// The form set to show a source.
void SourceEditor::fill(const Source &source)
{
    m_ui->urlEdit->setText(source.url);
    m_ui->titleEdit->setText(source.title);
    m_ui->publisherEdit->setText(source.publisher);
}

void SourceEditor::prepare()
{
    ProblemLabel::prepare(m_ui->urlProblem);
    for (QLineEdit *edit : {m_ui->urlEdit, m_ui->titleEdit})
        connect(edit, &QLineEdit::textChanged, this, &SourceEditor::check);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

SourceEditor::~SourceEditor() = default;

Source SourceEditor::source() const
{
    Source source = m_read;
    source.url = m_ui->urlEdit->text().trimmed();
    source.title = m_ui->titleEdit->text().trimmed();
    source.publisher = m_ui->publisherEdit->text().trimmed();
    return source;
}

void SourceEditor::check()
{
    const auto problems =
        m_cite ? m_commands.checkSource(source()) : m_commands.checkSourceRecord(source());
    // Nothing typed yet is not a mistake to point at; Save says what is missing.
    ProblemLabel::show(m_ui->urlProblem,
                       source().url.isEmpty() ? QList<PairingRules::Problem>() : problems,
                       {QStringLiteral("url")});
    ProblemLabel::holdSave(m_ui->buttons->button(QDialogButtonBox::Save), problems);
}

void SourceEditor::accept()
{
    if (m_cite) {
        QString error;
        if (m_cite(source(), &error))
            QDialog::accept();
        else
            QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    const FormConflict::Saving<Source> saving{
        [this](const Source &source, QString *error) {
            return m_commands.addSource(source, error, &m_savedId);
        },
        [this](const Source &before, const Source &after, QString *error) {
            return after == before || m_commands.editSource(before, after, error);
        },
        [this](qint64 id, QString *error) { return m_commands.source(id, error); },
        [this](const Source &source) { fill(source); }};
    if (m_read.id)
        m_savedId = m_read.id; // an edit, however it ends, names the record read
    if (FormConflict::save(this, m_read, source(), Commands::nameOf(m_read), saving))
        QDialog::accept();
}
