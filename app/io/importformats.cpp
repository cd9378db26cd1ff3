// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/importformats.h"

#include "app/io/csvreader.h"
#include "app/io/eventrows.h"
#include "app/io/jsonlistreader.h"
#include "app/io/placerows.h"

namespace ImportFormats {

QStringList fields(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Pairings:
        return PairingRows::requiredColumns() << QStringLiteral("status");
    case ImportKind::Exchanges:
        return EventRows::requiredColumns()
               << QStringLiteral("end_date") << QStringLiteral("participants");
    case ImportKind::Places:
        return PlaceRows::requiredColumns();
    }
    return {};
}

QStringList essential(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Pairings:
        return PairingRows::essentialColumns();
    case ImportKind::Exchanges:
        return EventRows::essentialColumns();
    case ImportKind::Places:
        return PlaceRows::essentialColumns();
    }
    return {};
}

ImportKind guess(const QStringList &header)
{
    const auto has = [&header](const char *name) {
        for (const QString &column : header) {
            if (column.trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    if (has("title"))
        return ImportKind::Exchanges;
    if (!has("level") && has("country") && has("name_en"))
        return ImportKind::Places;
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
    switch (kind) {
    case ImportKind::Pairings:
        return PairingRows::load(table, writer, onProblem, progress);
    case ImportKind::Exchanges:
        return EventRows::load(table, writer, onProblem, progress);
    case ImportKind::Places:
        return PlaceRows::load(table, writer, onProblem, progress);
    }
    return {};
}

} // namespace ImportFormats
