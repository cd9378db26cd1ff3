// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The records that other records refer to, kept in their own lists: deleted only while
// nothing refers to them.
enum class RecordKind { Place, Institution, Source };
