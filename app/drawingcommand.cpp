// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/drawingcommand.h"

#include "app/commandlanguage.h"
#include "ui/placenamesmenu.h"

#include <QtGlobal>

namespace DrawingCommand {

void withoutDisplay()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

bool asTheUserChose(const QString &verb, const QStringList &arguments)
{
    if (!CommandLanguage::apply(verb, arguments))
        return false;
    PlaceNamesMenu::applySaved();
    return true;
}

} // namespace DrawingCommand
