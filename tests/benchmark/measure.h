// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the benchmark programs measure with: times, medians, the peak memory, and printing
// that appears at once.
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <vector>

namespace Measure {

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values.at(values.size() / 2);
}

inline double percentile95(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values.at(std::min(values.size() - 1, values.size() * 95 / 100));
}

inline double millisecondsOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

template <typename... Values> void print(const char *format, Values... values)
{
    std::printf(format, values...);
    std::fflush(stdout);
}

// The largest resident set of the process so far, in MiB.
inline long peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace Measure
