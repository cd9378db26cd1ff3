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
    QString error;
    bool saved = false;
    if (m_cite)
        saved = m_cite(source(), &error);
    else if (m_read.id)
        saved = source() == m_read || m_commands.editSource(m_read, source(), &error);
    else
        saved = m_commands.addSource(source(), &error, &m_savedId);
    if (m_read.id)
        m_savedId = m_read.id;
    QString unread;
    if (!saved && m_read.id && !m_cite &&
        FormConflict::resolve(
            this, m_read, source(), m_commands.source(m_read.id, &unread), Commands::nameOf(m_read),
            [this](const Source &s) { fill(s); },
            [this](const Source &before, const Source &after, QString *why) {
                return m_commands.editSource(before, after, why);
            }))
        return;
    if (!saved) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QDialog::accept();
}
