// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/shortcutlist.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ShortcutList {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ShortcutList", text);
}

QString withoutAccelerator(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\(&\\w\\)")));
    return text.remove(QLatin1Char('&')).remove(QChar(0x2026)).trimmed();
}

QString keysOf(const QList<QKeySequence> &keys)
{
    QStringList shown;
    for (const QKeySequence &key : keys)
        shown << key.toString(QKeySequence::NativeText);
    return shown.join(tr(", "));
}

void addMenu(QTreeWidgetItem *group, QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->menu())
            addMenu(group, action->menu());
        else if (!action->shortcuts().isEmpty() && !action->isSeparator())
            // The command's own name, not the record it would act on now.
            new QTreeWidgetItem(
                group, {withoutAccelerator(action->iconText()), keysOf(action->shortcuts())});
    }
}
} // namespace

QDialog *make(QMainWindow *window)
{
    auto *dialog = new QDialog(window);
    dialog->setObjectName(QStringLiteral("shortcutList"));
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    auto *tree = new QTreeWidget(dialog);
    tree->setObjectName(QStringLiteral("shortcuts"));
    tree->setAccessibleName(tr("Keyboard shortcuts"));
    tree->setHeaderLabels({tr("Command"), tr("Keys")});
    tree->setRootIsDecorated(false);
    for (QAction *top : window->menuBar()->actions()) {
        if (!top->menu())
            continue;
        auto *group = new QTreeWidgetItem(tree, {withoutAccelerator(top->text())});
        addMenu(group, top->menu());
        if (group->childCount() == 0)
            delete group;
    }
    // Keys that act on the list or the map in view.
    auto *lists = new QTreeWidgetItem(tree, {tr("In a list")});
    const QList<std::pair<QString, QKeySequence>> listKeys = {
        {tr("New record"), QKeySequence(Qt::Key_Insert)},
        {tr("Edit the chosen record"), QKeySequence(Qt::Key_F2)},
        {tr("Delete the chosen record"), QKeySequence(QKeySequence::Delete)},
        {tr("Back to the search box"), QKeySequence(Qt::Key_Escape)}};
    for (const auto &[what, key] : listKeys)
        new QTreeWidgetItem(lists, {what, key.toString(QKeySequence::NativeText)});
    auto *search = new QTreeWidgetItem(tree, {tr("In the search box")});
    new QTreeWidgetItem(search,
                        {tr("Search now and go to the first row of the list"),
                         keysOf({QKeySequence(Qt::Key_Down), QKeySequence(Qt::Key_Return)})});
    auto *map = new QTreeWidgetItem(tree, {tr("On the map")});
    const QList<std::pair<QString, QString>> mapKeys = {
        {tr("Zoom in"), QStringLiteral("+")},
        {tr("Zoom out"), QStringLiteral("-")},
        {tr("Fit China and the United States"), QStringLiteral("0")}};
    for (const auto &[what, key] : mapKeys)
        new QTreeWidgetItem(map, {what, key});
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QFont bold = tree->topLevelItem(i)->font(0);
        bold.setBold(true);
        tree->topLevelItem(i)->setFont(0, bold);
        tree->topLevelItem(i)->setFirstColumnSpanned(true);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    dialog->resize(520, 560);
    return dialog;
}

} // namespace ShortcutList
