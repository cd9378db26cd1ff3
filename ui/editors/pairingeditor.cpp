// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editors/pairingeditor.h"

#include "app/commands/commands.h"
#include "app/domain/vocabulary.h"
#include "app/models/placechoicesmodel.h"
#include "app/models/roles.h"
#include "ui/editors/formconflict.h"
#include "ui/editors/placeeditor.h"
#include "ui/editors/problemlabel.h"
#include "ui_pairingeditor.h"

#include <QCompleter>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>

namespace {
enum Box { ChineseBox, UsBox };

void offerPlaces(QComboBox *box, PlaceChoicesModel &places, qint64 chosen)
{
    box->setModel(&places);
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    box->setMinimumContentsLength(28);
    // Type-ahead on any part of a name, English, Chinese or the province.
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->setCurrentIndex(chosen ? places.rowOf(chosen) : -1);
    if (!chosen)
        box->setEditText(QString());
}

void offerKeys(QComboBox *box, const QStringList &keys, QString (*name)(const QString &),
               const QString &chosen)
{
    for (const QString &key : keys)
        box->addItem(name(key), key);
    box->setCurrentIndex(box->findData(chosen));
}
} // namespace

PairingEditor::PairingEditor(Commands &commands, PlaceChoicesModel &chinesePlaces,
                             PlaceChoicesModel &usPlaces, const Pairing &pairing, QWidget *parent)
    : QDialog(parent), m_commands(commands), m_read(pairing), m_ui(new Ui::PairingEditor)
{
    m_ui->setupUi(this);
    chinesePlaces.load();
    usPlaces.load();
    for (const PlaceChoicesModel *places : {&chinesePlaces, &usPlaces}) {
        if (!places->lastError().isEmpty())
            QMessageBox::warning(parent, tr("Places"), places->lastError());
    }
    setWindowTitle(pairing.id ? tr("Edit Pairing %1").arg(commands.nameOf(pairing))
                              : tr("New Pairing"));
    offerPlaces(m_ui->chinesePlaceBox, chinesePlaces, pairing.chinesePlaceId);
    offerPlaces(m_ui->usPlaceBox, usPlaces, pairing.usPlaceId);
    offerKeys(m_ui->relationBox, Vocabulary::relationKeys(), &Vocabulary::displayNameOfRelationKey,
              pairing.relation.isEmpty() ? QStringLiteral("sister") : pairing.relation);
    offerKeys(m_ui->levelBox, Vocabulary::levelKeys(), &Vocabulary::displayNameOfLevelKey,
              pairing.level.isEmpty() ? QStringLiteral("city") : pairing.level);
    m_ui->statusBox->addItem(tr("Not recorded"), QString());
    offerKeys(m_ui->statusBox, Vocabulary::statusKeys(), &Vocabulary::displayNameOfStatusKey,
              pairing.status);
    m_ui->establishedEdit->setText(pairing.established.toIso());
    m_ui->notesEdit->setPlainText(pairing.notes);
    for (QLabel *problem :
         {m_ui->chinesePlaceProblem, m_ui->usPlaceProblem, m_ui->establishedProblem})
        ProblemLabel::prepare(problem);
    connect(m_ui->newChinesePlaceButton, &QPushButton::clicked, this,
            [this, &chinesePlaces] { openPlace(chinesePlaces, QStringLiteral("CN"), 0); });
    connect(m_ui->newUsPlaceButton, &QPushButton::clicked, this,
            [this, &usPlaces] { openPlace(usPlaces, QStringLiteral("US"), 0); });
    connect(m_ui->editChinesePlaceButton, &QPushButton::clicked, this, [this, &chinesePlaces] {
        openPlace(chinesePlaces, QStringLiteral("CN"), placeIdOf(ChineseBox));
    });
    connect(m_ui->editUsPlaceButton, &QPushButton::clicked, this,
            [this, &usPlaces] { openPlace(usPlaces, QStringLiteral("US"), placeIdOf(UsBox)); });
    m_ui->newChinesePlaceButton->setAccessibleName(tr("New place in China"));
    m_ui->newUsPlaceButton->setAccessibleName(tr("New place in the United States"));
    for (QComboBox *box : {m_ui->chinesePlaceBox, m_ui->usPlaceBox})
        connect(box, &QComboBox::currentTextChanged, this, &PairingEditor::check);
    for (QComboBox *box : {m_ui->relationBox, m_ui->levelBox, m_ui->statusBox})
        connect(box, &QComboBox::currentIndexChanged, this, &PairingEditor::check);
    connect(m_ui->establishedEdit, &QLineEdit::textChanged, this, &PairingEditor::check);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

PairingEditor::~PairingEditor() = default;

// The place whose name the box shows, exactly; 0 while the text names none.
qint64 PairingEditor::placeIdOf(int box) const
{
    QComboBox *combo = box == ChineseBox ? m_ui->chinesePlaceBox : m_ui->usPlaceBox;
    const int row = combo->findText(combo->currentText(), Qt::MatchFixedString);
    return row < 0 ? 0 : combo->itemData(row, Roles::RecordIdRole).toLongLong();
}

Pairing PairingEditor::pairing() const
{
    Pairing p = m_read;
    p.chinesePlaceId = placeIdOf(ChineseBox);
    p.usPlaceId = placeIdOf(UsBox);
    p.relation = m_ui->relationBox->currentData().toString();
    p.level = m_ui->levelBox->currentData().toString();
    p.status = m_ui->statusBox->currentData().toString();
    p.established = PartialDate::fromIso(m_ui->establishedEdit->text());
    p.notes = m_ui->notesEdit->toPlainText().trimmed();
    return p;
}

void PairingEditor::check()
{
    const QList<PairingRules::Problem> problems =
        m_commands.checkPairing(pairing(), m_ui->establishedEdit->text());
    ProblemLabel::show(m_ui->chinesePlaceProblem, problems, {QStringLiteral("chinesePlace")});
    ProblemLabel::show(m_ui->usPlaceProblem, problems, {QStringLiteral("usPlace")});
    ProblemLabel::show(m_ui->establishedProblem, problems, {QStringLiteral("established")});
    ProblemLabel::holdSave(m_ui->buttons->button(QDialogButtonBox::Save), problems);
    m_ui->editChinesePlaceButton->setEnabled(placeIdOf(ChineseBox) != 0);
    m_ui->editUsPlaceButton->setEnabled(placeIdOf(UsBox) != 0);
}

// A place not in the list yet, made here and chosen at once. Adding it reads the places again,
// so both boxes are set again afterwards.
void PairingEditor::openPlace(PlaceChoicesModel &places, const QString &countryCode, qint64 placeId)
{
    const qint64 chinese = placeIdOf(ChineseBox);
    const qint64 us = placeIdOf(UsBox);
    Place place;
    if (placeId) {
        QString error;
        const std::optional<Place> read = m_commands.place(placeId, &error);
        if (!read) {
            QMessageBox::warning(this, windowTitle(), error);
            return;
        }
        place = *read;
    } else {
        place.countryCode = countryCode;
        place.kind = m_ui->levelBox->currentData().toString();
    }
    PlaceEditor editor(m_commands, places, place, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    // Saving read the places again: choose in both boxes again, the saved place in its own.
    const bool china = countryCode == QLatin1String("CN");
    const QList<std::pair<QComboBox *, qint64>> choices = {
        {m_ui->chinesePlaceBox, china ? editor.savedId() : chinese},
        {m_ui->usPlaceBox, china ? us : editor.savedId()}};
    for (const auto &[box, id] : choices) {
        const int row = box->findData(id, Roles::RecordIdRole);
        box->setCurrentIndex(row);
        if (row < 0)
            box->setEditText(QString());
    }
    check();
}

void PairingEditor::accept()
{
    const FormConflict::Saving<Pairing> saving{
        [this](const Pairing &pairing, QString *error) {
            return m_commands.addPairing(pairing, error, &m_savedId);
        },
        [this](const Pairing &before, const Pairing &after, QString *error) {
            return after == before || m_commands.editPairing(before, after, error);
        },
        [this](qint64 id, QString *error) { return m_commands.pairing(id, error); },
        [this](const Pairing &pairing) { fill(pairing); }};
    if (m_read.id)
        m_savedId = m_read.id; // an edit, however it ends, names the record read
    if (FormConflict::save(this, m_read, pairing(), m_commands.nameOf(m_read), saving))
        QDialog::accept();
}

// The form set to show a pairing.
void PairingEditor::fill(const Pairing &p)
{
    const std::pair<QComboBox *, QVariant> boxes[] = {
        {m_ui->relationBox, p.relation}, {m_ui->levelBox, p.level}, {m_ui->statusBox, p.status}};
    for (const auto &[box, value] : boxes)
        box->setCurrentIndex(box->findData(value));
    for (const auto &[box, id] : {std::pair{m_ui->chinesePlaceBox, p.chinesePlaceId},
                                  std::pair{m_ui->usPlaceBox, p.usPlaceId}})
        box->setCurrentIndex(box->findData(id, Roles::RecordIdRole));
    m_ui->establishedEdit->setText(p.established.toIso());
    m_ui->notesEdit->setPlainText(p.notes);
    check();
}
