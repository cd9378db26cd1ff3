// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The closed lists of the domain: each value has a stable key, as stored in the database and in
// data files ("province_state"), and a translated name for people ("Province / state").
namespace Vocabulary {

enum class Level { ProvinceState, City, County, District };
enum class Relation { Sister, Friendship };
enum class Status { Active, Dormant, Ended };
enum class Field {
    Education,
    Science,
    Language,
    Art,
    Culture,
    Tourism,
    Business,
    Government,
    Sports,
    Health,
    Environment,
    Youth,
    Agriculture
};
enum class Mode { InPerson, Online, Hybrid };

QString key(Level value);
QString key(Relation value);
QString key(Status value);
QString key(Field value);
QString key(Mode value);

QString displayName(Level value);
QString displayName(Relation value);
QString displayName(Status value);
QString displayName(Field value);
QString displayName(Mode value);

std::optional<Level> levelFromKey(const QString &key);
std::optional<Relation> relationFromKey(const QString &key);
std::optional<Status> statusFromKey(const QString &key);
std::optional<Field> fieldFromKey(const QString &key);
std::optional<Mode> modeFromKey(const QString &key);

// The display name for a stored key, or the key itself if it is not one of ours.
QString displayNameOfLevelKey(const QString &key);
QString displayNameOfRelationKey(const QString &key);
QString displayNameOfStatusKey(const QString &key);
QString displayNameOfFieldKey(const QString &key);
QString displayNameOfModeKey(const QString &key);

// Every key of a list, in the order the lists are offered.
QStringList levelKeys();
QStringList relationKeys();
QStringList statusKeys();
QStringList fieldKeys();
QStringList modeKeys();

} // namespace Vocabulary
