// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/languagemenu.h"

#include "ui/language.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>

namespace LanguageMenu {

QMenu *add(QMenu *view, const std::function<void()> &changed)
{
    QMenu *languages = view->addMenu(QCoreApplication::translate("LanguageMenu", "&Language"));
    languages->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(languages);
    const QString chosen = Language::chosen();
    for (const QString &choice : Language::choices()) {
        QAction *action = languages->addAction(Language::nameOf(choice));
        action->setObjectName(QStringLiteral("language_") +
                              (choice.isEmpty() ? QStringLiteral("system") : choice));
        action->setCheckable(true);
        action->setChecked(choice == chosen);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, languages, [choice, changed] {
            const QString before = Language::current();
            Language::choose(choice);
            if (Language::current() != before)
                changed();
        });
    }
    return languages;
}

} // namespace LanguageMenu
