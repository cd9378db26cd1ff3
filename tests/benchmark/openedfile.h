// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/storage/database.h"

#include <QString>

#include <memory>

namespace Benchmark {
// The database file opened (made when missing), or the benchmark stopped with the reason.
inline std::unique_ptr<Database> openedFile(const QString &path)
{
    Database::OpenError error;
    std::unique_ptr<Database> database = Database::openFile(path, &error);
    if (!database)
        qFatal("%s", qPrintable(error.message));
    return database;
}
} // namespace Benchmark
