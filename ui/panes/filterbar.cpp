// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/filterbar.h"

#include "app/domain/completeness.h"
#include "app/domain/placenaming.h"
#include "app/domain/searchtext.h"
#include "app/domain/vocabulary.h"
#include "app/models/filterchoicesmodel.h"
#include "ui/panes/filtercombo.h"
#include "ui/panes/flowlayout.h"
#include "ui/panes/placetext.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

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
    // Made in the order they are seen, which is the order Tab walks them in.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(6, 6, 6, 0);
    // Three rows at most, however narrow the window: it is made no narrower.
    auto *flow = new FlowLayout(3);
    rows->addLayout(flow);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search places (English, 中文, pinyin) and exchanges…"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(SearchText::maximumLength);
    // Wide enough to read what it searches; it takes what room its row leaves besides.
    m_search->setMinimumWidth(
        m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) +
        m_search->fontMetrics().height() * 3);
    m_search->installEventFilter(this);
    flow->addWidget(m_search);
    m_level = addCombo(flow, QStringLiteral("levelFilter"), tr("Level"));
    m_relation = addCombo(flow, QStringLiteral("relationFilter"), tr("Relation"));
    m_province = addCombo(flow, QStringLiteral("provinceFilter"), tr("Chinese province"));
    m_state = addCombo(flow, QStringLiteral("stateFilter"), tr("US state"));
    m_establishedFrom = addYear(QStringLiteral("establishedFrom"), tr("Established from"));
    m_establishedTo = addYear(QStringLiteral("establishedTo"), tr("Established until"));
    flow->addWidget(span(tr("Established:"), m_establishedFrom, m_establishedTo));
    m_field = addCombo(flow, QStringLiteral("fieldFilter"), tr("Exchange field"));
    m_exchangeFrom = addYear(QStringLiteral("exchangeFrom"), tr("Exchanges from"));
    m_exchangeTo = addYear(QStringLiteral("exchangeTo"), tr("Exchanges until"));
    flow->addWidget(span(tr("Exchanges:"), m_exchangeFrom, m_exchangeTo));
    m_more = new QPushButton;
    m_more->setObjectName(QStringLiteral("moreFilters"));
    m_more->setCheckable(true);
    m_more->setToolTip(tr("Status, gaps in the records, exchange mode, with or without exchanges"));
    flow->addWidget(m_more);
    auto *clear = new QPushButton(tr("C&lear filters"));
    clear->setObjectName(QStringLiteral("clearFilters"));
    flow->addWidget(clear);

    // The filters used less often, on a row of their own below, shown on asking.
    m_folded = new QWidget;
    m_folded->setObjectName(QStringLiteral("moreFiltersRow"));
    auto *folded = new FlowLayout(2, m_folded);
    folded->setContentsMargins(0, 0, 0, 0);
    rows->addWidget(m_folded);
    m_status = addCombo(folded, QStringLiteral("statusFilter"), tr("Status"));
    m_gap = addCombo(folded, QStringLiteral("gapFilter"), tr("Gap in the records"));
    m_mode = addCombo(folded, QStringLiteral("modeFilter"), tr("Exchange mode"));
    m_hasExchanges = addCombo(folded, QStringLiteral("hasExchangesFilter"), tr("Has exchanges"));
    m_folded->setVisible(false);
    connect(m_more, &QPushButton::toggled, m_folded, &QWidget::setVisible);

    m_typing->setSingleShot(true);
    m_typing->setInterval(typingPause);
    connect(m_typing, &QTimer::timeout, this, &FilterBar::announce);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(clear, &QPushButton::clicked, this, [this] {
        showFilter(Filter());
        announce();
    });
    connect(choices, &FilterChoicesModel::changed, this, &FilterBar::fillChoices);
    fillChoices();
}

bool FilterBar::moreFiltersShown() const
{
    return m_more->isChecked();
}

void FilterBar::setMoreFiltersShown(bool shown)
{
    m_more->setChecked(shown);
}

// "Established: [from] to [until]", kept together on one row.
QWidget *FilterBar::span(const QString &caption, QSpinBox *from, QSpinBox *to)
{
    auto *span = new QWidget;
    auto *layout = new QHBoxLayout(span);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(caption);
    label->setBuddy(from);
    layout->addWidget(label);
    layout->addWidget(from);
    layout->addWidget(new QLabel(tr("to")));
    layout->addWidget(to);
    return span;
}

// Down or Enter in the search box: the search runs now, and the list takes the keys.
bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            announce();
            emit listWanted();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QComboBox *FilterBar::addCombo(QLayout *layout, const QString &name, const QString &accessibleName)
{
    auto *combo = new FilterCombo;
    combo->setObjectName(name);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::announce);
    layout->addWidget(combo);
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
    showFoldedCount(filter);
}

// A filter set behind "More filters" is not out of mind: the button counts them.
void FilterBar::showFoldedCount(const Filter &filter)
{
    const int set = int(!filter.status.isEmpty()) + int(!filter.gap.isEmpty()) +
                    int(!filter.mode.isEmpty()) +
                    int(filter.hasExchanges != Filter::HasExchanges::Any);
    if (set == 0)
        m_more->setText(tr("&More filters"));
    else if (set == 1)
        m_more->setText(tr("&More filters (1 set)"));
    else
        m_more->setText(tr("&More filters (%1 set)").arg(set));
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
    showFoldedCount(current);
    emit filterChanged(current);
}
