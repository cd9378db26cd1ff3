// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/vocabulary.h"

#include <QCoreApplication>

#include <array>

namespace Vocabulary {
namespace {

template <typename Enum> struct Term
{
    Enum value;
    const char *key;
    const char *name; // translated in the "Vocabulary" context
};

constexpr std::array<Term<Level>, 4> levels{{
    {Level::ProvinceState, "province_state", QT_TRANSLATE_NOOP("Vocabulary", "Province / state")},
    {Level::City, "city", QT_TRANSLATE_NOOP("Vocabulary", "City")},
    {Level::County, "county", QT_TRANSLATE_NOOP("Vocabulary", "County")},
    {Level::District, "district", QT_TRANSLATE_NOOP("Vocabulary", "District")},
}};
constexpr std::array<Term<Relation>, 2> relations{{
    {Relation::Sister, "sister", QT_TRANSLATE_NOOP("Vocabulary", "Sister")},
    {Relation::Friendship, "friendship", QT_TRANSLATE_NOOP("Vocabulary", "Friendship")},
}};
constexpr std::array<Term<Status>, 3> statuses{{
    {Status::Active, "active", QT_TRANSLATE_NOOP("Vocabulary", "Active")},
    {Status::Dormant, "dormant", QT_TRANSLATE_NOOP("Vocabulary", "Dormant")},
    {Status::Ended, "ended", QT_TRANSLATE_NOOP("Vocabulary", "Ended")},
}};
constexpr std::array<Term<Field>, 13> fields{{
    {Field::Education, "education", QT_TRANSLATE_NOOP("Vocabulary", "Education")},
    {Field::Science, "science", QT_TRANSLATE_NOOP("Vocabulary", "Science")},
    {Field::Language, "language", QT_TRANSLATE_NOOP("Vocabulary", "Language")},
    {Field::Art, "art", QT_TRANSLATE_NOOP("Vocabulary", "Art")},
    {Field::Culture, "culture", QT_TRANSLATE_NOOP("Vocabulary", "Culture")},
    {Field::Tourism, "tourism", QT_TRANSLATE_NOOP("Vocabulary", "Tourism")},
    {Field::Business, "business", QT_TRANSLATE_NOOP("Vocabulary", "Business")},
    {Field::Government, "government", QT_TRANSLATE_NOOP("Vocabulary", "Government")},
    {Field::Sports, "sports", QT_TRANSLATE_NOOP("Vocabulary", "Sports")},
    {Field::Health, "health", QT_TRANSLATE_NOOP("Vocabulary", "Health")},
    {Field::Environment, "environment", QT_TRANSLATE_NOOP("Vocabulary", "Environment")},
    {Field::Youth, "youth", QT_TRANSLATE_NOOP("Vocabulary", "Youth")},
    {Field::Agriculture, "agriculture", QT_TRANSLATE_NOOP("Vocabulary", "Agriculture")},
}};
constexpr std::array<Term<Mode>, 3> modes{{
    {Mode::InPerson, "in_person", QT_TRANSLATE_NOOP("Vocabulary", "In person")},
    {Mode::Online, "online", QT_TRANSLATE_NOOP("Vocabulary", "Online")},
    {Mode::Hybrid, "hybrid", QT_TRANSLATE_NOOP("Vocabulary", "Hybrid")},
}};

template <typename Terms, typename Enum> const auto &termOf(const Terms &terms, Enum value)
{
    for (const auto &term : terms) {
        if (term.value == value)
            return term;
    }
    return terms.front(); // unreachable: every enumerator has a term
}

template <typename Terms>
auto fromKey(const Terms &terms, const QString &key) -> std::optional<decltype(terms.front().value)>
{
    for (const auto &term : terms) {
        if (key == QLatin1String(term.key))
            return term.value;
    }
    return std::nullopt;
}

template <typename Terms> QString nameOfKey(const Terms &terms, const QString &key)
{
    for (const auto &term : terms) {
        if (key == QLatin1String(term.key))
            return QCoreApplication::translate("Vocabulary", term.name);
    }
    return key;
}

} // namespace

#define BRIDGES_VOCABULARY(Enum, terms, lower)                                                     \
    QString key(Enum value)                                                                        \
    {                                                                                              \
        return QLatin1String(termOf(terms, value).key);                                            \
    }                                                                                              \
    QString displayName(Enum value)                                                                \
    {                                                                                              \
        return QCoreApplication::translate("Vocabulary", termOf(terms, value).name);               \
    }                                                                                              \
    std::optional<Enum> lower##FromKey(const QString &key)                                         \
    {                                                                                              \
        return fromKey(terms, key);                                                                \
    }                                                                                              \
    QString displayNameOf##Enum##Key(const QString &key)                                           \
    {                                                                                              \
        return nameOfKey(terms, key);                                                              \
    }                                                                                              \
    QStringList lower##Keys()                                                                      \
    {                                                                                              \
        QStringList keys;                                                                          \
        for (const auto &term : terms)                                                             \
            keys << QLatin1String(term.key);                                                       \
        return keys;                                                                               \
    }

BRIDGES_VOCABULARY(Level, levels, level)
BRIDGES_VOCABULARY(Relation, relations, relation)
BRIDGES_VOCABULARY(Status, statuses, status)
BRIDGES_VOCABULARY(Field, fields, field)
BRIDGES_VOCABULARY(Mode, modes, mode)

#undef BRIDGES_VOCABULARY

} // namespace Vocabulary
