// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace HeapArenas {
// One heap for every thread, asked for before any thread starts. The C library gives each
// thread that allocates a heap of its own (up to eight per core); the threads that count and
// draw in the background then each keep what they freed, and at a million exchanges that was
// a fifth of the window's memory after a minute's use. The threads share a lock instead,
// which measured no slower. Nothing where the C library is not glibc's.
void useOne();
} // namespace HeapArenas
