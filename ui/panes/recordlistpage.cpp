// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/recordlistpage.h"

#include "app/models/recordlistmodel.h"
#include "app/models/roles.h"

#include <QAction>
#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

RecordListPage::RecordListPage(RecordListModel &records, const QString &what, QWidget *parent)
    : QWidget(parent), m_records(records), m_what(what), m_proxy(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit(this)), m_view(new QTableView(this)), m_count(new QLabel(this)),
      m_new(new QPushButton(tr("&New…"), this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_delete(new QPushButton(tr("&Delete…"), this))
{
    records.load();
    m_proxy->setSourceModel(&records);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setSortRole(Roles::SortKeyRole); // counts as numbers, dates in date order

    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Find %1").arg(what));
    m_search->setAccessibleName(tr("Find %1").arg(what));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("recordsView"));
    m_view->setAccessibleName(what);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // as read: by name
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 8);
    // Every column as wide as its text up to a limit (a long web address is cut in the
    // middle), the name taking the room left.
    QHeaderView *header = m_view->horizontalHeader();
    header->setMaximumSectionSize(fontMetrics().averageCharWidth() * 48);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_new->setObjectName(QStringLiteral("newButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    for (QPushButton *button : {m_new, m_edit, m_delete})
        button->setAutoDefault(false);

    // The table's own keys, also its context menu: Insert, F2 (Enter and a double click come
    // as activated), Delete.
    auto key = [this](const QString &text, const QKeySequence &sequence, auto act) {
        auto *action = new QAction(text, m_view);
        action->setShortcut(sequence);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, act);
        m_view->addAction(action);
        return action;
    };
    m_newAction = key(tr("&New…"), QKeySequence(Qt::Key_Insert), [this] { emit newRequested(); });
    m_editAction = key(tr("&Edit…"), QKeySequence(Qt::Key_F2), [this] {
        if (currentId())
            emit editRequested(currentId());
    });
    m_deleteAction = key(tr("&Delete…"), QKeySequence::Delete, [this] {
        if (currentId())
            emit deleteRequested(currentId());
    });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view, &QTableView::activated, this, [this] {
        if (!m_readOnly)
            emit editRequested(currentId());
    });
    connect(m_new, &QPushButton::clicked, this, &RecordListPage::newRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(currentId()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { emit deleteRequested(currentId()); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordListPage::updateState);
    // Read again after a change: the same record stays chosen, or, when it is gone, the one
    // that took its place in the list.
    connect(&records, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keep = currentId();
        m_keepRow = m_view->currentIndex().row();
    });
    connect(&records, &QAbstractItemModel::modelReset, this, [this] {
        choose(m_keep);
        if (currentId() != m_keep && m_keepRow >= 0 && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(
                m_proxy->index(std::min(m_keepRow, m_proxy->rowCount() - 1), 0));
        updateState();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_view);
    updateState();
}

qint64 RecordListPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(Roles::RecordIdRole).toLongLong() : 0;
}

void RecordListPage::choose(qint64 id)
{
    const int row = m_records.rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_records.index(row, 0));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void RecordListPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateState();
}

void RecordListPage::updateState()
{
    const bool chosen = currentId() != 0 && !m_readOnly;
    m_new->setEnabled(!m_readOnly);
    m_newAction->setEnabled(!m_readOnly);
    m_edit->setEnabled(chosen);
    m_delete->setEnabled(chosen);
    m_editAction->setEnabled(chosen);
    m_deleteAction->setEnabled(chosen);
    const int shown = m_proxy->rowCount();
    const int all = m_records.rowCount();
    if (!m_records.lastError().isEmpty())
        m_count->setText(m_records.lastError());
    else if (shown == all)
        m_count->setText(tr("%1 %2").arg(QLocale().toString(all), m_what));
    else
        m_count->setText(
            tr("%1 of %2 %3").arg(QLocale().toString(shown), QLocale().toString(all), m_what));
}
