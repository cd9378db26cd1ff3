// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/filterbar.h"

#include "app/domain/completeness.h"
#include "app/domain/placenaming.h"
#include "app/domain/searchtext.h"
#include "app/domain/vocabulary.h"
#include "app/models/filterchoicesmodel.h"
#include "ui/panes/placetext.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QTimer>

namespace {
// The year a spin box shows as "any": one before the first China–US pairing.
constexpr int anyYear = 1978;

QString withCount(const QString &name, qint64 count)
{
    return QCoreApplication::translate("FilterBar", "%1 (%2)").arg(name, QLocale().toString(count));
}

void selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

int yearOf(const QSpinBox *box)
{
    return box->value() == anyYear ? 0 : box->value();
}
} // namespace

FilterBar::FilterBar(FilterChoicesModel *choices, QWidget *parent)
    : QWidget(parent), m_choices(choices), m_typing(new QTimer(this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 0);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search places (English, 中文, pinyin) and exchanges…"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(SearchText::maximumLength);
    m_level = addCombo(QStringLiteral("levelFilter"), tr("Level"));
    m_relation = addCombo(QStringLiteral("relationFilter"), tr("Relation"));
    m_status = addCombo(QStringLiteral("statusFilter"), tr("Status"));
    m_province = addCombo(QStringLiteral("provinceFilter"), tr("Chinese province"));
    m_state = addCombo(QStringLiteral("stateFilter"), tr("US state"));
    m_establishedFrom = addYear(QStringLiteral("establishedFrom"), tr("Established from"));
    m_establishedTo = addYear(QStringLiteral("establishedTo"), tr("Established until"));
    m_gap = addCombo(QStringLiteral("gapFilter"), tr("Gap in the records"));
    m_field = addCombo(QStringLiteral("fieldFilter"), tr("Exchange field"));
    m_mode = addCombo(QStringLiteral("modeFilter"), tr("Exchange mode"));
    m_exchangeFrom = addYear(QStringLiteral("exchangeFrom"), tr("Exchanges from"));
    m_exchangeTo = addYear(QStringLiteral("exchangeTo"), tr("Exchanges until"));
    m_hasExchanges = addCombo(QStringLiteral("hasExchangesFilter"), tr("Has exchanges"));
    auto *clear = new QPushButton(tr("C&lear filters"));
    clear->setObjectName(QStringLiteral("clearFilters"));

    grid->addWidget(m_search, 0, 0, 1, 2);
    grid->addWidget(m_level, 0, 2);
    grid->addWidget(m_relation, 0, 3);
    grid->addWidget(m_status, 0, 4);
    grid->addWidget(m_province, 0, 5);
    grid->addWidget(m_state, 0, 6);
    auto *established = new QLabel(tr("Established:"));
    grid->addWidget(established, 1, 0, Qt::AlignRight);
    auto *span = new QHBoxLayout;
    span->addWidget(m_establishedFrom);
    span->addWidget(new QLabel(tr("to")));
    span->addWidget(m_establishedTo);
    // Beside the years, where "year not known" is looked for; the column stretches anyway.
    span->addWidget(m_gap);
    grid->addLayout(span, 1, 1);
    grid->addWidget(m_field, 1, 2);
    grid->addWidget(m_mode, 1, 3);
    auto *exchangeSpan = new QHBoxLayout;
    exchangeSpan->addWidget(new QLabel(tr("Exchanges:")));
    exchangeSpan->addWidget(m_exchangeFrom);
    exchangeSpan->addWidget(new QLabel(tr("to")));
    exchangeSpan->addWidget(m_exchangeTo);
    grid->addLayout(exchangeSpan, 1, 4);
    grid->addWidget(m_hasExchanges, 1, 5);
    grid->addWidget(clear, 1, 6);
    grid->setColumnStretch(1, 2);
    established->setBuddy(m_establishedFrom);

    m_typing->setSingleShot(true);
    m_typing->setInterval(typingPause);
    connect(m_typing, &QTimer::timeout, this, &FilterBar::announce);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::announce);
    connect(clear, &QPushButton::clicked, this, [this] {
        showFilter(Filter());
        announce();
    });
    connect(choices, &FilterChoicesModel::changed, this, &FilterBar::fillChoices);
    fillChoices();
}

QComboBox *FilterBar::addCombo(const QString &name, const QString &accessibleName)
{
    auto *combo = new QComboBox;
    combo->setObjectName(name);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::announce);
    return combo;
}

QSpinBox *FilterBar::addYear(const QString &name, const QString &accessibleName)
{
    auto *box = new QSpinBox;
    box->setObjectName(name);
    box->setAccessibleName(accessibleName);
    box->setToolTip(accessibleName);
    box->setRange(anyYear, QDate::currentDate().year());
    box->setSpecialValueText(tr("any"));
    box->setGroupSeparatorShown(false);
    box->setKeyboardTracking(false);
    connect(box, &QSpinBox::valueChanged, this, &FilterBar::announce);
    return box;
}

void FilterBar::fillChoices()
{
    const QScopedValueRollback<bool> quiet(m_quiet, true);
    const Filter current = filter();
    const FilterChoices &choices = m_choices->choices();
    auto fill = [](QComboBox *combo, const QString &any, const QList<FilterChoice> &list,
                   auto name) {
        combo->clear();
        combo->addItem(any, QString());
        for (const FilterChoice &choice : list)
            combo->addItem(withCount(name(choice), choice.count), choice.key);
    };
    auto region = [](const FilterChoice &c) { return PlaceNaming::shown(c.nameEn, c.nameZh); };
    fill(m_level, tr("Any level"), choices.levels,
         [](const FilterChoice &c) { return Vocabulary::displayNameOfLevelKey(c.key); });
    fill(m_relation, tr("Any relation"), choices.relations,
         [](const FilterChoice &c) { return Vocabulary::displayNameOfRelationKey(c.key); });
    fill(m_status, tr("Any status"), choices.statuses, [](const FilterChoice &c) {
        return c.key == Filter::unknownStatus() ? tr("Status not recorded")
                                                : Vocabulary::displayNameOfStatusKey(c.key);
    });
    fill(m_province, tr("Any province"), choices.provinces, region);
    fill(m_state, tr("Any state"), choices.states, region);
    fill(m_gap, tr("With or without gaps"), choices.gaps,
         [](const FilterChoice &c) { return Completeness::displayNameOfGapKey(c.key); });
    fill(m_field, tr("Any field"), choices.fields,
         [](const FilterChoice &c) { return Vocabulary::displayNameOfFieldKey(c.key); });
    fill(m_mode, tr("Any mode"), choices.modes,
         [](const FilterChoice &c) { return Vocabulary::displayNameOfModeKey(c.key); });
    m_hasExchanges->clear();
    m_hasExchanges->addItem(tr("With or without exchanges"), int(Filter::HasExchanges::Any));
    m_hasExchanges->addItem(tr("With exchanges"), int(Filter::HasExchanges::Yes));
    m_hasExchanges->addItem(tr("Without exchanges"), int(Filter::HasExchanges::No));
    showFilter(current);
}

Filter FilterBar::filter() const
{
    Filter f;
    f.search = m_search->text().trimmed();
    f.level = m_level->currentData().toString();
    f.relation = m_relation->currentData().toString();
    f.status = m_status->currentData().toString();
    f.province = m_province->currentData().toString();
    f.state = m_state->currentData().toString();
    f.establishedFrom = yearOf(m_establishedFrom);
    f.establishedTo = yearOf(m_establishedTo);
    f.gap = m_gap->currentData().toString();
    f.field = m_field->currentData().toString();
    f.mode = m_mode->currentData().toString();
    f.exchangeFrom = yearOf(m_exchangeFrom);
    f.exchangeTo = yearOf(m_exchangeTo);
    f.hasExchanges = static_cast<Filter::HasExchanges>(m_hasExchanges->currentData().toInt());
    return f;
}

void FilterBar::setFilter(const Filter &filter)
{
    showFilter(filter);
    m_announced = filter;
}

void FilterBar::showFilter(const Filter &filter)
{
    const QScopedValueRollback<bool> quiet(m_quiet, true);
    m_search->setText(filter.search);
    selectData(m_level, filter.level);
    selectData(m_relation, filter.relation);
    selectData(m_status, filter.status);
    selectData(m_province, filter.province);
    selectData(m_state, filter.state);
    m_establishedFrom->setValue(filter.establishedFrom ? filter.establishedFrom : anyYear);
    m_establishedTo->setValue(filter.establishedTo ? filter.establishedTo : anyYear);
    selectData(m_gap, filter.gap);
    selectData(m_field, filter.field);
    selectData(m_mode, filter.mode);
    m_exchangeFrom->setValue(filter.exchangeFrom ? filter.exchangeFrom : anyYear);
    m_exchangeTo->setValue(filter.exchangeTo ? filter.exchangeTo : anyYear);
    const int has = m_hasExchanges->findData(int(filter.hasExchanges));
    m_hasExchanges->setCurrentIndex(has < 0 ? 0 : has);
    m_typing->stop();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::announce()
{
    if (m_quiet)
        return;
    m_typing->stop();
    const Filter current = filter();
    if (current == m_announced)
        return;
    m_announced = current;
    emit filterChanged(current);
}
