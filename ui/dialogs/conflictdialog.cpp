// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/conflictdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

void ConflictDialog::reject()
{
    m_choice = Choice::EditAgain;
    QDialog::reject();
}

ConflictDialog::ConflictDialog(const QString &what, const QList<Row> &rows, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by Someone Else"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("Someone else saved %1 while you were editing it. Their version "
                               "and yours differ here:")
                                .arg(what));
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *table = new QTableWidget(int(rows.size()), 3);
    table->setObjectName(QStringLiteral("differencesTable"));
    table->setHorizontalHeaderLabels({tr("Field"), tr("Theirs (saved)"), tr("Yours")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        int column = 0;
        for (const QString &value : {row.field, row.theirs, row.mine})
            table->setItem(i, column++, new QTableWidgetItem(value));
    }
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox;
    const std::pair<Choice, QString> choices[] = {
        {Choice::KeepTheirs, tr("Keep &Theirs")},
        {Choice::OverwriteWithMine, tr("&Overwrite with Mine")},
        {Choice::EditAgain, tr("&Edit Again")},
    };
    for (const auto &[choice, label] : choices) {
        QPushButton *button = buttons->addButton(label, QDialogButtonBox::AcceptRole);
        button->setObjectName(choice == Choice::KeepTheirs          ? QStringLiteral("keepTheirs")
                              : choice == Choice::OverwriteWithMine ? QStringLiteral("overwrite")
                                                                    : QStringLiteral("editAgain"));
        connect(button, &QPushButton::clicked, this, [this, choice = choice] {
            m_choice = choice;
            accept();
        });
        if (choice == Choice::EditAgain)
            button->setDefault(true);
    }
    layout->addWidget(buttons);
    resize(640, 320);
}
