// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/placenamesmenu.h"

#include "app/models/workspace.h"
#include "ui/settings.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>

namespace PlaceNamesMenu {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PlaceNamesMenu", text);
}

struct Choice
{
    PlaceNaming::Style style;
    const char *key; // as kept in the settings
    const char *name;
};

const Choice choices[] = {
    {PlaceNaming::Style::English, "en", QT_TRANSLATE_NOOP("PlaceNamesMenu", "&English")},
    {PlaceNaming::Style::Chinese, "zh", QT_TRANSLATE_NOOP("PlaceNamesMenu", "&Chinese")},
    {PlaceNaming::Style::Both, "both", QT_TRANSLATE_NOOP("PlaceNamesMenu", "&Both")},
};
} // namespace

void applySaved()
{
    const QString saved = Settings().placeNames();
    for (const Choice &choice : choices) {
        if (saved == QLatin1String(choice.key))
            PlaceNaming::setStyle(choice.style);
    }
}

void choose(PlaceNaming::Style style, Workspace &workspace)
{
    for (const Choice &choice : choices) {
        if (choice.style == style)
            Settings().setPlaceNames(QLatin1String(choice.key));
    }
    PlaceNaming::setStyle(style);
    workspace.notifier.announce(ChangeNotifier::Everything);
}

QMenu *add(QMenu *view, Workspace &workspace)
{
    QMenu *menu = view->addMenu(tr("Place &Names"));
    menu->setObjectName(QStringLiteral("placeNamesMenu"));
    auto *group = new QActionGroup(menu);
    for (const Choice &choice : choices) {
        QAction *action = menu->addAction(tr(choice.name));
        action->setObjectName(QStringLiteral("placeNames_") + QLatin1String(choice.key));
        action->setCheckable(true);
        action->setChecked(PlaceNaming::style() == choice.style);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu,
                         [style = choice.style, &workspace] { choose(style, workspace); });
    }
    return menu;
}

} // namespace PlaceNamesMenu
