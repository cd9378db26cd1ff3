// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/heaparenas.h"

#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

void HeapArenas::useOne()
{
#if defined(M_ARENA_MAX)
    mallopt(M_ARENA_MAX, 1);
#endif
}
