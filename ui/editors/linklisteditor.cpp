// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editors/linklisteditor.h"

#include "app/models/recordlistmodel.h"
#include "app/models/roles.h"
#include "ui/editors/choicelist.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

LinkListEditor::LinkListEditor(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_picker(new QComboBox(this)),
      m_add(new QPushButton(tr("&Add"), this)), m_remove(new QPushButton(tr("&Remove"), this)),
      m_new(new QPushButton(this))
{
    m_list->setObjectName(QStringLiteral("chosen"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_picker->setObjectName(QStringLiteral("picker"));
    m_picker->setEditable(true);
    m_picker->setInsertPolicy(QComboBox::NoInsert);
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(24);
    m_picker->lineEdit()->installEventFilter(this);
    m_list->installEventFilter(this);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setAutoDefault(false);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_remove->setAutoDefault(false);
    m_new->setObjectName(QStringLiteral("newButton"));
    m_new->setAutoDefault(false);
    m_new->hide();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 0, 0, 1, 3);
    layout->addWidget(m_remove, 0, 3, Qt::AlignTop);
    layout->addWidget(m_picker, 1, 0, 1, 2);
    layout->addWidget(m_add, 1, 2);
    layout->addWidget(m_new, 1, 3);
    layout->setColumnStretch(0, 1);

    connect(m_add, &QPushButton::clicked, this, &LinkListEditor::addPicked);
    connect(m_remove, &QPushButton::clicked, this, &LinkListEditor::removeChosen);
    connect(m_new, &QPushButton::clicked, this, &LinkListEditor::newRequested);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &LinkListEditor::updateButtons);
    connect(m_picker, &QComboBox::currentTextChanged, this, &LinkListEditor::updateButtons);
    updateButtons();
}

void LinkListEditor::setChoices(RecordListModel *choices, const QString &what)
{
    m_choices = choices;
    choices->load();
    auto *shown = new ChoiceList(this);
    shown->setSourceModel(choices);
    m_picker->setModel(shown);
    m_picker->setModelColumn(0);
    m_picker->setCurrentIndex(-1);
    // Read again (after a change anywhere), the box keeps what was typed rather than showing
    // the first record as if it had been chosen.
    connect(shown, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_typed = m_picker->currentText(); });
    connect(shown, &QAbstractItemModel::modelReset, this, [this] {
        m_picker->setCurrentIndex(-1);
        m_picker->setEditText(m_typed);
        updateButtons();
    });
    // Any part of a name finds it: "louis" finds "Nanjing – St. Louis".
    auto *completer = new QCompleter(shown, m_picker);
    completer->setCompletionColumn(0);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_picker->setCompleter(completer);
    m_picker->lineEdit()->setPlaceholderText(tr("Type to find %1").arg(what));
    m_list->setAccessibleName(tr("Linked %1").arg(what));
    m_picker->setAccessibleName(tr("Find %1 to add").arg(what));
    m_add->setAccessibleName(tr("Add to the linked %1").arg(what));
    m_remove->setAccessibleName(tr("Remove from the linked %1").arg(what));
}

void LinkListEditor::setNewText(const QString &text)
{
    m_new->setText(text);
    m_new->show();
}

void LinkListEditor::setIds(const QList<qint64> &ids)
{
    m_list->clear();
    for (qint64 id : ids)
        add(id);
}

QList<qint64> LinkListEditor::ids() const
{
    QList<qint64> result;
    for (int row = 0; row < m_list->count(); ++row)
        result << m_list->item(row)->data(Roles::RecordIdRole).toLongLong();
    std::sort(result.begin(), result.end());
    return result;
}

void LinkListEditor::add(qint64 id)
{
    if (id == 0 || ids().contains(id))
        return;
    QString name = m_choices ? m_choices->choiceTextOf(id) : QString();
    if (name.isEmpty())
        name = tr("Record %1").arg(id);
    auto *item = new QListWidgetItem(name, m_list);
    item->setData(Roles::RecordIdRole, id);
    m_list->sortItems();
    updateButtons();
    emit changed();
}

bool LinkListEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Return in the box adds what it names, rather than saving the form; Delete in the list
    // removes the chosen links.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_picker->lineEdit() &&
            (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            addPicked();
            return true;
        }
        if (watched == m_list && key->matches(QKeySequence::Delete)) {
            removeChosen();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

int LinkListEditor::pickedRow() const
{
    // The row chosen in the list or the completer, while the box shows its name; else the
    // first of the name typed.
    const QString typed = m_picker->currentText().trimmed();
    const int current = m_picker->currentIndex();
    if (current >= 0 && m_picker->itemText(current) == typed)
        return current;
    return m_picker->findText(typed, Qt::MatchFixedString);
}

void LinkListEditor::addPicked()
{
    const int row = pickedRow();
    if (row < 0)
        return;
    add(m_picker->itemData(row, Roles::RecordIdRole).toLongLong());
    m_picker->setCurrentIndex(-1);
    m_picker->clearEditText();
}

void LinkListEditor::removeChosen()
{
    const QList<QListWidgetItem *> chosen = m_list->selectedItems();
    if (chosen.isEmpty())
        return;
    qDeleteAll(chosen);
    updateButtons();
    emit changed();
}

void LinkListEditor::updateButtons()
{
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
    m_add->setEnabled(pickedRow() >= 0);
}

QStringList LinkListEditor::names() const
{
    QStringList shown;
    for (int row = 0; row < m_list->count(); ++row)
        shown << m_list->item(row)->text();
    return shown;
}
