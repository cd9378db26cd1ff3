// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editors/officialcounteditor.h"

#include "app/commands/commands.h"
#include "ui/editors/formconflict.h"
#include "ui/editors/problemlabel.h"
#include "ui_officialcounteditor.h"

#include <QLocale>
#include <QPushButton>

namespace {
QString shown(const std::optional<int> &number)
{
    return number ? QLocale().toString(*number) : QString();
}
} // namespace

OfficialCountEditor::OfficialCountEditor(Commands &commands, const OfficialCount &count,
                                         QWidget *parent)
    : QDialog(parent), m_commands(commands), m_read(count), m_ui(new Ui::OfficialCountEditor)
{
    m_ui->setupUi(this);
    setWindowTitle(count.id ? tr("Edit Official Total %1").arg(Commands::nameOf(count))
                            : tr("New Official Total"));
    fill(count);
    for (QLabel *problem :
         {m_ui->dateProblem, m_ui->totalProblem, m_ui->partsProblem, m_ui->sourceUrlProblem})
        ProblemLabel::prepare(problem);
    for (QLineEdit *edit : {m_ui->dateEdit, m_ui->totalEdit, m_ui->provinceStateEdit,
                            m_ui->cityEdit, m_ui->sourceUrlEdit})
        connect(edit, &QLineEdit::textChanged, this, &OfficialCountEditor::check);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

OfficialCountEditor::~OfficialCountEditor() = default;

// The form set to show a total.
void OfficialCountEditor::fill(const OfficialCount &count)
{
    m_ui->dateEdit->setText(count.date.toIso());
    m_ui->totalEdit->setText(count.total > 0 ? QLocale().toString(count.total) : QString());
    m_ui->provinceStateEdit->setText(shown(count.provinceState));
    m_ui->cityEdit->setText(shown(count.city));
    m_ui->sourceUrlEdit->setText(count.sourceUrl);
    m_ui->notesEdit->setPlainText(count.notes);
}

OfficialCountRules::Typed OfficialCountEditor::typed() const
{
    return {m_ui->dateEdit->text(), m_ui->totalEdit->text(), m_ui->provinceStateEdit->text(),
            m_ui->cityEdit->text(), m_ui->sourceUrlEdit->text()};
}

OfficialCount OfficialCountEditor::officialCount() const
{
    const OfficialCountRules::Typed form = typed();
    OfficialCount count = m_read;
    count.date = PartialDate::fromIso(form.date);
    count.total = OfficialCountRules::number(form.total).value_or(0);
    count.provinceState = OfficialCountRules::number(form.provinceState);
    count.city = OfficialCountRules::number(form.city);
    count.sourceUrl = form.sourceUrl.trimmed();
    count.notes = m_ui->notesEdit->toPlainText().trimmed();
    return count;
}

void OfficialCountEditor::check()
{
    const OfficialCountRules::Typed form = typed();
    const QList<PairingRules::Problem> problems = m_commands.checkOfficialCount(form);
    // A field not filled in yet is not a mistake to point at: Save says what is missing.
    const auto underField = [&problems](QLabel *label, const QString &text,
                                        const QStringList &fields) {
        ProblemLabel::show(
            label, text.trimmed().isEmpty() ? QList<PairingRules::Problem>() : problems, fields);
    };
    underField(m_ui->dateProblem, form.date, {QStringLiteral("date")});
    underField(m_ui->totalProblem, form.total, {QStringLiteral("total")});
    ProblemLabel::show(
        m_ui->partsProblem, problems,
        {QStringLiteral("provinceState"), QStringLiteral("city"), QStringLiteral("parts")});
    underField(m_ui->sourceUrlProblem, form.sourceUrl, {QStringLiteral("sourceUrl")});
    ProblemLabel::holdSave(m_ui->buttons->button(QDialogButtonBox::Save), problems);
}

void OfficialCountEditor::accept()
{
    const FormConflict::Saving<OfficialCount> saving{
        [this](const OfficialCount &count, QString *error) {
            return m_commands.addOfficialCount(count, error, &m_savedId);
        },
        [this](const OfficialCount &before, const OfficialCount &after, QString *error) {
            return after == before || m_commands.editOfficialCount(before, after, error);
        },
        [this](qint64 id, QString *error) { return m_commands.officialCount(id, error); },
        [this](const OfficialCount &count) { fill(count); }};
    if (m_read.id)
        m_savedId = m_read.id; // an edit, however it ends, names the record read
    if (FormConflict::save(this, m_read, officialCount(), Commands::nameOf(m_read), saving))
        QDialog::accept();
}
