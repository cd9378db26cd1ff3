// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes given as a whole-database JSON file: the reader either reads its tables, every row
// as long as its columns, or refuses it with a DataError; never a crash or a hang.
#include "app/io/databasefile.h"
#include "app/io/dataerror.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const DatabaseFile::Contents contents =
            DatabaseFile::parse(bytes, QStringLiteral("fuzz.json"));
        for (const DatabaseFile::Contents::Table &table : contents.tables) {
            for (const QVariantList &row : table.rows) {
                if (row.size() != table.columns.size())
                    std::abort();
            }
        }
    } catch (const DataError &e) {
        if (e.line() < 1 || e.message().isEmpty())
            std::abort();
    }
    return 0;
}
