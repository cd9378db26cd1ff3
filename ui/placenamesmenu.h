// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/placenaming.h"

class QMenu;
struct Workspace;

// View > Place Names: English, Chinese, or both. The choice is kept in the settings and shown
// at once everywhere places are named (the lists, the map, the charts, the filters).
namespace PlaceNamesMenu {

QMenu *add(QMenu *view, Workspace &workspace);
// The choice kept in the settings, applied before any window names a place.
void applySaved();
// Shows places named this way from now on, keeps it, and has everything read again.
void choose(PlaceNaming::Style style, Workspace &workspace);

} // namespace PlaceNamesMenu
