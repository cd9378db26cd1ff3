// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editors/sourceeditor.h"

#include "app/commands/commands.h"
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
    Source source;
    source.url = m_ui->urlEdit->text().trimmed();
    source.title = m_ui->titleEdit->text().trimmed();
    source.publisher = m_ui->publisherEdit->text().trimmed();
    return source;
}

void SourceEditor::check()
{
    const auto problems = m_commands.checkSource(source());
    // Nothing typed yet is not a mistake to point at; Save says what is missing.
    ProblemLabel::show(m_ui->urlProblem,
                       source().url.isEmpty() ? QList<PairingRules::Problem>() : problems,
                       {QStringLiteral("url")});
    ProblemLabel::holdSave(m_ui->buttons->button(QDialogButtonBox::Save), problems);
}

void SourceEditor::accept()
{
    QString error;
    if (!m_cite(source(), &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QDialog::accept();
}
