// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/editionchange.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("EditionChange", text);
}
} // namespace

QString EditionChange::fieldName() const
{
    if (column.isEmpty()) {
        switch (record) {
        case Record::Pairing:
            return tr("Pairing");
        case Record::Exchange:
            return tr("Exchange");
        case Record::OfficialCount:
            return tr("Official total");
        }
    }
    struct Name
    {
        const char *column;
        const char *name;
    };
    static const Name names[] = {
        {"relation", QT_TRANSLATE_NOOP("EditionChange", "Relation")},
        {"established", QT_TRANSLATE_NOOP("EditionChange", "Established")},
        {"status", QT_TRANSLATE_NOOP("EditionChange", "Status")},
        {"note", QT_TRANSLATE_NOOP("EditionChange", "Notes")},
        {"cn_name_zh", QT_TRANSLATE_NOOP("EditionChange", "Chinese name")},
        {"cn_province_en", QT_TRANSLATE_NOOP("EditionChange", "Province")},
        {"cn_coordinates", QT_TRANSLATE_NOOP("EditionChange", "Coordinates in China")},
        {"us_state", QT_TRANSLATE_NOOP("EditionChange", "US state")},
        {"us_coordinates", QT_TRANSLATE_NOOP("EditionChange", "Coordinates in the US")},
        {"source_url", QT_TRANSLATE_NOOP("EditionChange", "Source")},
        {"date", QT_TRANSLATE_NOOP("EditionChange", "Date")},
        {"title", QT_TRANSLATE_NOOP("EditionChange", "Title")},
        {"field", QT_TRANSLATE_NOOP("EditionChange", "Field")},
        {"mode", QT_TRANSLATE_NOOP("EditionChange", "Mode")},
        {"location", QT_TRANSLATE_NOOP("EditionChange", "Location")},
        {"description", QT_TRANSLATE_NOOP("EditionChange", "Description")},
        {"total", QT_TRANSLATE_NOOP("EditionChange", "Total")},
        {"province_state", QT_TRANSLATE_NOOP("EditionChange", "Province/state pairs")},
        {"city", QT_TRANSLATE_NOOP("EditionChange", "City pairs")},
    };
    for (const Name &name : names) {
        if (column == QLatin1String(name.column))
            return tr(name.name);
    }
    return column;
}

QString EditionChange::matchName() const
{
    switch (match) {
    case Match::ById:
        return tr("by its id");
    case Match::ByNames:
        return record == Record::Exchange ? tr("by title and date")
                                          : tr("by level and place names");
    case Match::None:
        break;
    }
    return tr("not found");
}
