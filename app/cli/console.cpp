// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/console.h"

#include <cstdio>

namespace {
void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}
} // namespace

void Console::out(const QString &text)
{
    print(stdout, text);
}

void Console::err(const QString &text)
{
    print(stderr, text);
}
