// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/storage/storageerror.h"

// Thrown when a record was changed or removed by someone else (another copy of the program,
// another user) since it was read: the edit is refused rather than overwriting theirs.
class ConflictError : public StorageError
{
public:
    using StorageError::StorageError;
};
