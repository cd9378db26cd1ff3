// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes given as a CSV file: the reader either reads them, every row as long as the header,
// or refuses them with a DataError naming a line in the file; never a crash, a hang or a read
// out of bounds. Read again with its columns renamed (as the import's column mapping does), the
// file gives the same rows and values.
#include "app/io/columnmapping.h"
#include "app/io/csvreader.h"
#include "app/io/dataerror.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const CsvReader csv(bytes, QStringLiteral("fuzz.csv"));
        const QStringList header = csv.header();
        QHash<QString, QString> fieldToColumn;
        for (int i = 0; i < header.size(); ++i)
            fieldToColumn.insert(QStringLiteral("field%1").arg(i), header.at(i));
        const CsvReader renamed(bytes, QStringLiteral("fuzz.csv"), {},
                                ColumnMapping::names(fieldToColumn.keys(), header, fieldToColumn));
        if (renamed.rowCount() != csv.rowCount())
            std::abort();
        for (int row = 0; row < csv.rowCount(); ++row) {
            if (csv.lineOf(row) < 1 || renamed.lineOf(row) != csv.lineOf(row))
                std::abort();
            for (int i = 0; i < header.size(); ++i) {
                if (renamed.value(row, QStringLiteral("field%1").arg(i)) !=
                    csv.value(row, header.at(i)))
                    std::abort();
            }
        }
    } catch (const DataError &e) {
        if (e.line() < 0 || e.message().isEmpty())
            std::abort();
    }
    return 0;
}
