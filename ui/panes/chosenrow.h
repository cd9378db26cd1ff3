// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemView;

// Keeps the record chosen in a view chosen when its model is read again (a refresh after an
// edit, a new sort or filter): the row holding the same record (Roles::RecordIdRole) is chosen
// again if it is among the rows read, else none is.
namespace ChosenRow {

// Connect it before anything that reads the choice after a reset.
void keepThroughResets(QAbstractItemView *view);

} // namespace ChosenRow
