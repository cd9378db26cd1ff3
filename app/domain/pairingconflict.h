// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/pairing.h"

#include <QList>
#include <QString>

// A pairing edited here while someone else saved it: what the two versions say differently,
// field by field, and the form as "Edit again" shows it: theirs, with what this user changed
// from the version first read put on top.
namespace PairingConflict {

enum class Field { ChinesePlace, UsPlace, Relation, Level, Established, Status, Notes };

// The fields in which theirs and mine differ.
QList<Field> differences(const Pairing &theirs, const Pairing &mine);
// Theirs (with its row version), taking mine in each field this user changed from read.
Pairing mineOnTheirs(const Pairing &read, const Pairing &mine, const Pairing &theirs);

} // namespace PairingConflict
