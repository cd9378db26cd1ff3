// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

// Item data roles of Bridges' models, beyond Qt's own.
namespace Roles {
enum : int {
    RecordIdRole = Qt::UserRole + 1, // qint64 id of the row's record
    IsoDateRole,                     // a date column's ISO partial date, empty when unknown
    KeyRole,                         // the stored key a row or column stands for ("education")
    ChoiceTextRole, // a record's name told apart from others of that name ("Beijing · Hebei")
    SortKeyRole,    // what a column sorts by where its text would not (a count, a date)
};
} // namespace Roles
