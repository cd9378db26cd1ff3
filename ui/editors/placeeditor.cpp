// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editors/placeeditor.h"

#include "app/commands/commands.h"
#include "app/domain/placerules.h"
#include "app/domain/vocabulary.h"
#include "app/models/placechoicesmodel.h"
#include "app/models/roles.h"
#include "ui/editors/formconflict.h"
#include "ui/editors/problemlabel.h"
#include "ui_placeeditor.h"

#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>

PlaceEditor::PlaceEditor(Commands &commands, PlaceChoicesModel &places, const Place &place,
                         QWidget *parent)
    : QDialog(parent), m_commands(commands), m_read(place), m_ui(new Ui::PlaceEditor)
{
    m_ui->setupUi(this);
    const bool china = place.countryCode == QLatin1String("CN");
    setWindowTitle(place.id
                       ? tr("Edit Place %1").arg(place.nameEn)
                       : (china ? tr("New Place in China") : tr("New Place in the United States")));
    m_ui->countryLabel->setText(china ? tr("China") : tr("United States"));
    m_ui->kindBox->addItem(tr("Not known"), QString());
    for (const QString &key : Vocabulary::levelKeys())
        m_ui->kindBox->addItem(Vocabulary::displayNameOfLevelKey(key), key);
    // None, or one of the provinces and states (the places with an ISO code), other than the
    // place itself.
    m_ui->parentBox->addItem(tr("None"), qint64(0));
    static const QRegularExpression regionCode(QStringLiteral("^[A-Z]{2}-"));
    for (int row = 0; row < places.rowCount(); ++row) {
        const QModelIndex index = places.index(row, 0);
        const qint64 id = index.data(Roles::RecordIdRole).toLongLong();
        if (id != place.id && regionCode.match(index.data(Roles::KeyRole).toString()).hasMatch())
            m_ui->parentBox->addItem(index.data().toString(), id);
    }
    fill(place);
    ProblemLabel::prepare(m_ui->nameEnProblem);
    ProblemLabel::prepare(m_ui->coordinatesProblem);
    ProblemLabel::prepare(m_ui->parentProblem);
    for (QLineEdit *edit : {m_ui->nameEnEdit, m_ui->latitudeEdit, m_ui->longitudeEdit})
        connect(edit, &QLineEdit::textChanged, this, &PlaceEditor::check);
    connect(m_ui->kindBox, &QComboBox::currentIndexChanged, this, &PlaceEditor::check);
    connect(m_ui->parentBox, &QComboBox::currentIndexChanged, this, &PlaceEditor::check);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

PlaceEditor::~PlaceEditor() = default;

// The form set to show a place.
void PlaceEditor::fill(const Place &place)
{
    m_ui->kindBox->setCurrentIndex(std::max(0, m_ui->kindBox->findData(place.kind)));
    m_ui->parentBox->setCurrentIndex(std::max(0, m_ui->parentBox->findData(place.parentId)));
    m_ui->nameEnEdit->setText(place.nameEn);
    m_ui->nameZhEdit->setText(place.nameZh);
    m_ui->pinyinEdit->setText(place.pinyin);
    const QLocale locale;
    m_shownLatitude = place.hasCoordinates() ? locale.toString(*place.latitude, 'f', 4) : QString();
    m_shownLongitude =
        place.hasCoordinates() ? locale.toString(*place.longitude, 'f', 4) : QString();
    m_ui->latitudeEdit->setText(m_shownLatitude);
    m_ui->longitudeEdit->setText(m_shownLongitude);
}

Place PlaceEditor::place() const
{
    Place place = m_read;
    place.nameEn = m_ui->nameEnEdit->text().trimmed();
    place.nameZh = m_ui->nameZhEdit->text().trimmed();
    place.pinyin = m_ui->pinyinEdit->text().trimmed();
    place.kind = m_ui->kindBox->currentData().toString();
    place.parentId = m_ui->parentBox->currentData().toLongLong();
    // A coordinate shown rounded and left alone keeps all its digits.
    if (m_ui->latitudeEdit->text() != m_shownLatitude)
        place.latitude = PlaceRules::coordinate(m_ui->latitudeEdit->text());
    if (m_ui->longitudeEdit->text() != m_shownLongitude)
        place.longitude = PlaceRules::coordinate(m_ui->longitudeEdit->text());
    return place;
}

void PlaceEditor::check()
{
    const auto problems =
        m_commands.checkPlace(place(), m_ui->latitudeEdit->text(), m_ui->longitudeEdit->text());
    ProblemLabel::show(m_ui->nameEnProblem, problems, {QStringLiteral("nameEn")});
    ProblemLabel::show(m_ui->parentProblem, problems, {QStringLiteral("parent")});
    ProblemLabel::show(m_ui->coordinatesProblem, problems,
                       {QStringLiteral("latitude"), QStringLiteral("longitude")});
    ProblemLabel::holdSave(m_ui->buttons->button(QDialogButtonBox::Save), problems);
}

void PlaceEditor::accept()
{
    const FormConflict::Saving<Place> saving{
        [this](const Place &place, QString *error) {
            return m_commands.addPlace(place, error, &m_savedId);
        },
        [this](const Place &before, const Place &after, QString *error) {
            return m_commands.editPlace(before, after, error);
        },
        [this](qint64 id, QString *error) { return m_commands.place(id, error); },
        [this](const Place &place) { fill(place); }};
    if (m_read.id)
        m_savedId = m_read.id; // an edit, however it ends, names the record read
    if (FormConflict::save(this, m_read, place(), m_read.nameEn, saving))
        QDialog::accept();
}
