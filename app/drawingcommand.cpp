// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/drawingcommand.h"

#include "ui/language.h"
#include "ui/placenamesmenu.h"

#include <QtGlobal>

namespace DrawingCommand {

void withoutDisplay()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

void asTheUserChose()
{
    Language::apply(Language::chosen());
    PlaceNamesMenu::applySaved();
}

} // namespace DrawingCommand
