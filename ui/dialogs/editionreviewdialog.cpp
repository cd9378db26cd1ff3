// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/editionreviewdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
using Kind = EditionChange::Kind;

enum Column { RecordColumn, FieldColumn, YoursColumn, EditionColumn, FoundColumn };
constexpr int KeyRole = Qt::UserRole;
constexpr int ChoiceRole = Qt::UserRole + 1; // true on the rows that offer a choice

// Groups in the order the user reads them: what needs a choice first.
const Kind groupOrder[] = {Kind::Conflict,  Kind::Add,     Kind::Fill,  Kind::Correct,
                           Kind::Unmatched, Kind::Deleted, Kind::Yours, Kind::Refused};
} // namespace

EditionReviewDialog::EditionReviewDialog(Commands &commands, QWidget *parent)
    : QDialog(parent), m_commands(commands), m_summary(new QLabel(this)),
      m_changes(new QTreeWidget(this)), m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("editionReviewDialog"));
    resize(980, 640);
    m_summary->setObjectName(QStringLiteral("editionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes->setObjectName(QStringLiteral("editionChanges"));
    m_changes->setAccessibleName(tr("Changes the edition would make"));
    m_changes->setColumnCount(5);
    m_changes->setUniformRowHeights(true);
    m_changes->setAlternatingRowColors(true);
    m_changes->header()->setStretchLastSection(false);
    m_changes->header()->setSectionResizeMode(RecordColumn, QHeaderView::Interactive);
    m_changes->header()->setSectionResizeMode(YoursColumn, QHeaderView::Stretch);
    m_changes->header()->setSectionResizeMode(EditionColumn, QHeaderView::Stretch);
    m_changes->setColumnWidth(RecordColumn, 300);
    m_changes->setColumnWidth(FieldColumn, 130);
    connect(m_changes, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *, int column) {
        if (column == RecordColumn)
            showSummary();
    });
    // A role that may only read is shown the review without it.
    m_take = new QPushButton(tr("&Take Edition"), this);
    m_take->setObjectName(QStringLiteral("takeEditionButton"));
    m_take->hide();
    if (!m_commands.isReadOnly())
        m_buttons->addButton(m_take, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Close);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditionReviewDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditionReviewDialog::reject);

    auto *explanation = new QLabel(
        tr("Values you changed stay yours unless you tick the edition's. Records you deleted are "
           "not brought back, and records you added are not touched. Taking the edition is one "
           "step: Edit > Undo takes it back."),
        this);
    explanation->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(explanation);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_buttons);
    read();
}

QTreeWidgetItem *EditionReviewDialog::group(const QString &title, const QString &name)
{
    auto *item = new QTreeWidgetItem(m_changes, {title});
    item->setData(RecordColumn, Qt::AccessibleTextRole, title);
    QFont bold = item->font(RecordColumn);
    bold.setBold(true);
    item->setFont(RecordColumn, bold);
    item->setFirstColumnSpanned(true);
    item->setFlags(Qt::ItemIsEnabled);
    item->setData(RecordColumn, KeyRole, name);
    return item;
}

void EditionReviewDialog::read()
{
    m_review = m_commands.reviewEdition();
    const EditionUpdate &update = m_review.update;
    setWindowTitle(tr("Data Edition %1").arg(update.to()));
    m_changes->clear();
    m_changes->setHeaderLabels({tr("Record"), tr("Field"), tr("In this database"),
                                tr("In edition %1").arg(update.to()), tr("Found")});
    const QString unknown = tr("not known");
    const auto shown = [&unknown](const QString &value) {
        return value.isEmpty() ? unknown : value;
    };
    const QList<EditionChange> &changes = update.changes();
    for (const Kind kind : groupOrder) {
        int count = 0;
        for (const EditionChange &change : changes)
            count += change.kind == kind;
        if (count == 0)
            continue;
        const QString counted = QLocale().toString(count);
        QString title;
        switch (kind) {
        case Kind::Conflict:
            title = tr("Your values that differ from the edition's (%1): tick those where the "
                       "edition's is right")
                        .arg(counted);
            break;
        case Kind::Add:
            title = tr("Records new in the edition, to be added (%1)").arg(counted);
            break;
        case Kind::Fill:
            title = tr("Values nobody knew, to be filled in (%1)").arg(counted);
            break;
        case Kind::Correct:
            title = tr("Values the edition corrects, which nobody here changed (%1)").arg(counted);
            break;
        case Kind::Unmatched:
            title = tr("Records of the earlier edition not found here, deleted or renamed (%1): "
                       "tick those to add as new")
                        .arg(counted);
            break;
        case Kind::Deleted:
            title = tr("Records deleted here: not brought back (%1)").arg(counted);
            break;
        case Kind::Yours:
            title =
                tr("Records of the edition added here already: left as they are (%1)").arg(counted);
            break;
        case Kind::Refused:
            title = tr("Records that cannot be added (%1)").arg(counted);
            break;
        }
        QTreeWidgetItem *parent = group(title, QString::number(int(kind)));
        for (const EditionChange &change : changes) {
            if (change.kind != kind)
                continue;
            const bool whole = change.column.isEmpty();
            auto *item = new QTreeWidgetItem(parent);
            item->setText(RecordColumn, change.name);
            item->setToolTip(RecordColumn,
                             tr("%1 (id %2 in the edition)").arg(change.name, change.origin));
            item->setText(FieldColumn, change.fieldName());
            if (!whole || kind == Kind::Refused) {
                const QString yours = whole ? QString() : shown(change.yours);
                const QString theirs = whole ? change.problem : shown(change.edition);
                item->setText(YoursColumn, yours);
                item->setToolTip(YoursColumn, yours);
                item->setText(EditionColumn, theirs);
                item->setToolTip(EditionColumn, theirs);
            }
            item->setText(FoundColumn, change.matchName());
            item->setData(RecordColumn, KeyRole, change.key());
            if (change.isChoice()) {
                item->setData(RecordColumn, ChoiceRole, true);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(RecordColumn, change.taken ? Qt::Checked : Qt::Unchecked);
            }
        }
        // What needs a choice is open; long lists of what simply happens are closed.
        parent->setExpanded(kind == Kind::Conflict || kind == Kind::Unmatched);
    }
    showSummary();
    if (!m_review.error.isEmpty())
        m_summary->setText(m_review.error);
    m_changes->setFocus();
}

EditionUpdate::Choices EditionReviewDialog::choices() const
{
    EditionUpdate::Choices chosen;
    for (int g = 0; g < m_changes->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *parent = m_changes->topLevelItem(g);
        for (int i = 0; i < parent->childCount(); ++i) {
            const QTreeWidgetItem *item = parent->child(i);
            if (item->data(RecordColumn, ChoiceRole).toBool())
                chosen.insert(item->data(RecordColumn, KeyRole).toString(),
                              item->checkState(RecordColumn) == Qt::Checked);
        }
    }
    return chosen;
}

void EditionReviewDialog::showSummary()
{
    const EditionUpdate &update = m_review.update;
    m_take->setEnabled(update.isNeeded());
    if (!update.isNeeded()) {
        m_summary->setText(tr("This database holds data edition %1, the latest Bridges ships: "
                              "there is nothing to take.")
                               .arg(update.from()));
        m_take->setEnabled(false);
        return;
    }
    QList<EditionChange> changes = update.changes();
    const EditionUpdate::Choices chosen = choices();
    for (EditionChange &change : changes) {
        if (chosen.contains(change.key()))
            change.taken = chosen.value(change.key());
    }
    EditionUpdate::Counts counts = EditionUpdate::countsOf(changes);
    const EditionUpdate::Counts found = update.counts();
    QString text = tr("<b>This database holds data edition %1; Bridges ships %2.</b>")
                       .arg(update.from(), update.to());
    text += QLatin1Char(' ') + EditionUpdate::summary(update.to(), counts).toHtmlEscaped();
    if (found.byNames > 0) {
        text += QLatin1Char(' ') +
                (found.byNames == 1
                     ? tr("1 record was found by its names, as this database was made before "
                          "records had ids.")
                     : tr("%1 records were found by their names, as this database was made "
                          "before records had ids.")
                           .arg(QLocale().toString(found.byNames)));
    }
    if (m_commands.isReadOnly())
        text += QLatin1Char(' ') + tr("Your role may only read this database: an editor of it "
                                      "can take the edition.");
    m_summary->setText(text);
}

void EditionReviewDialog::accept()
{
    QString error;
    EditionUpdate taken;
    if (!m_commands.takeEdition(choices(), m_review.stamp, &error, &taken)) {
        QMessageBox::warning(this, windowTitle(), error);
        read();
        return;
    }
    m_takenSummary = EditionUpdate::summary(taken.to(), taken.counts());
    QDialog::accept();
}
