// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/placerules.h"

#include "app/domain/vocabulary.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace PlaceRules {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PlaceRules", text);
}

void checkCoordinate(const QString &text, double limit, const QString &field,
                     QList<Problem> &problems)
{
    if (text.trimmed().isEmpty())
        return;
    const std::optional<double> value = coordinate(text);
    if (!value) {
        problems.append(
            {field,
             tr("“%1” is not a number of degrees, such as 32.06 or -90.2.").arg(text.trimmed())});
    } else if (*value < -limit || *value > limit) {
        problems.append({field, field == QLatin1String("latitude")
                                    ? tr("A latitude lies between -90 and 90.")
                                    : tr("A longitude lies between -180 and 180.")});
    }
}
} // namespace

std::optional<double> coordinate(const QString &text)
{
    bool ok = false;
    // Degrees as the user's locale writes them, or with a point.
    double value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        value = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

QList<Problem> check(const Place &place, const QString &latitude, const QString &longitude)
{
    QList<Problem> problems;
    if (place.nameEn.trimmed().isEmpty())
        problems.append({QStringLiteral("nameEn"), tr("Give the place's English name.")});
    if (place.countryCode != QLatin1String("CN") && place.countryCode != QLatin1String("US"))
        problems.append({QStringLiteral("country"), tr("Choose China or the United States.")});
    if (!place.kind.isEmpty() && !Vocabulary::levelFromKey(place.kind))
        problems.append({QStringLiteral("kind"), tr("Choose what kind of place it is.")});
    if (place.parentId != 0 && place.parentId == place.id)
        problems.append({QStringLiteral("parent"), tr("A place cannot lie within itself.")});
    else if (place.parentId != 0 && place.kind == QLatin1String("province_state"))
        problems.append({QStringLiteral("parent"),
                         tr("A province or state lies within no other province or state.")});
    checkCoordinate(latitude, 90, QStringLiteral("latitude"), problems);
    checkCoordinate(longitude, 180, QStringLiteral("longitude"), problems);
    if (latitude.trimmed().isEmpty() != longitude.trimmed().isEmpty()) {
        problems.append({latitude.trimmed().isEmpty() ? QStringLiteral("latitude")
                                                      : QStringLiteral("longitude"),
                         tr("Give both coordinates, or neither if no source gives them.")});
    }
    return problems;
}

} // namespace PlaceRules
