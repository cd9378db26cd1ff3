// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes given as a whole-database JSON file and as a JSON list of records: each reader
// either reads them (every row as long as its columns, each row on a line of the file) or
// refuses them with a DataError; never a crash or a hang.
#include "app/io/databasefile.h"
#include "app/io/dataerror.h"
#include "app/io/jsonlines.h"
#include "app/io/jsonlistreader.h"

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
    // Where values stand, read from any bytes at all: every line named lies in the text.
    const int lineCount = int(bytes.count('\n')) + 1;
    const JsonLines::Lines lines = JsonLines::of(bytes);
    for (const int line : lines.starts) {
        if (line < 1 || line > lineCount)
            std::abort();
    }
    try {
        const JsonListReader list(bytes, QStringLiteral("fuzz.json"));
        const int lines = int(bytes.count('\n')) + 1;
        for (int row = 0; row < list.rowCount(); ++row) {
            if (list.lineOf(row) < 1 || list.lineOf(row) > lines)
                std::abort();
            for (const QString &column : list.header())
                (void)list.value(row, column);
        }
    } catch (const DataError &e) {
        if (e.line() < 1 || e.message().isEmpty())
            std::abort();
    }
    return 0;
}
