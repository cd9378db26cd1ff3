// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/importformats.h"

#include "app/io/csvreader.h"
#include "app/io/eventrows.h"
#include "app/io/jsonlistreader.h"

namespace ImportFormats {

QStringList fields(ImportKind kind)
{
    if (kind == ImportKind::Pairings)
        return PairingRows::requiredColumns() << QStringLiteral("status");
    return EventRows::requiredColumns()
           << QStringLiteral("end_date") << QStringLiteral("participants");
}

QStringList essential(ImportKind kind)
{
    return kind == ImportKind::Pairings ? PairingRows::essentialColumns()
                                        : EventRows::essentialColumns();
}

ImportKind guess(const QStringList &header)
{
    for (const QString &column : header) {
        if (column.trimmed().compare(QLatin1String("title"), Qt::CaseInsensitive) == 0)
            return ImportKind::Exchanges;
    }
    return ImportKind::Pairings;
}

bool isJson(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (c == '[' || c == '{')
            return true;
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return false;
    }
    return false;
}

std::unique_ptr<TextTable> read(const QByteArray &bytes, const QString &fileName,
                                const QStringList &requiredColumns,
                                const QHash<QString, QString> &renamed)
{
    if (isJson(bytes))
        return std::make_unique<JsonListReader>(bytes, fileName, requiredColumns, renamed);
    return std::make_unique<CsvReader>(bytes, fileName, requiredColumns, renamed);
}

PairingRows::Outcome load(ImportKind kind, const TextTable &table, DatasetWriter &writer,
                          PairingRows::OnProblem onProblem, const PairingRows::Progress &progress)
{
    return kind == ImportKind::Pairings ? PairingRows::load(table, writer, onProblem, progress)
                                        : EventRows::load(table, writer, onProblem, progress);
}

} // namespace ImportFormats
