// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/importformats.h"

#include "app/io/csvreader.h"
#include "app/io/eventrows.h"
#include "app/io/jsonlistreader.h"
#include "app/io/placerows.h"

#include <QCoreApplication>
#include <QHash>

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

QString fieldName(ImportKind kind, const QString &field)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("ImportFormats", text);
    };
    // An exchange may name several places of each side, between semicolons.
    if (kind == ImportKind::Exchanges) {
        if (field == QLatin1String("cn_name_en"))
            return tr("Chinese places, English names");
        if (field == QLatin1String("us_name"))
            return tr("US places, names");
    }
    if (kind == ImportKind::Places) {
        const QHash<QString, QString> places = {
            {QStringLiteral("country"), tr("Country (CN or US)")},
            {QStringLiteral("name_en"), tr("English name")},
            {QStringLiteral("name_zh"), tr("Chinese name")},
            {QStringLiteral("kind"), tr("Level")},
            {QStringLiteral("province_state"), tr("Province or state")},
            {QStringLiteral("lat"), tr("Latitude")},
            {QStringLiteral("lon"), tr("Longitude")},
        };
        return places.value(field, field);
    }
    const QHash<QString, QString> names = {
        {QStringLiteral("level"), tr("Level")},
        {QStringLiteral("relation"), tr("Relation")},
        {QStringLiteral("cn_name_en"), tr("Chinese place, English name")},
        {QStringLiteral("cn_name_zh"), tr("Chinese place, Chinese name")},
        {QStringLiteral("cn_province_en"), tr("Chinese place, province")},
        {QStringLiteral("cn_lat"), tr("Chinese place, latitude")},
        {QStringLiteral("cn_lon"), tr("Chinese place, longitude")},
        {QStringLiteral("us_name"), tr("US place, name")},
        {QStringLiteral("us_state"), tr("US place, state")},
        {QStringLiteral("us_lat"), tr("US place, latitude")},
        {QStringLiteral("us_lon"), tr("US place, longitude")},
        {QStringLiteral("established"), tr("Established")},
        {QStringLiteral("source_url"), tr("Source, web address")},
        {QStringLiteral("note"), tr("Note")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("date"), tr("Date")},
        {QStringLiteral("end_date"), tr("End date")},
        {QStringLiteral("title"), tr("Title")},
        {QStringLiteral("field"), tr("Field")},
        {QStringLiteral("mode"), tr("Mode")},
        {QStringLiteral("location"), tr("Location")},
        {QStringLiteral("description"), tr("Description")},
        {QStringLiteral("participants"), tr("Participants")},
    };
    return names.value(field, field);
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
    return std::make_unique<CsvReader>(bytes, fileName, requiredColumns, renamed,
                                       CsvReader::OnUnclosedQuote::SkipRow);
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
