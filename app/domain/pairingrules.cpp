// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/pairingrules.h"

#include "app/domain/daterules.h"
#include "app/domain/vocabulary.h"

#include <QCoreApplication>

namespace PairingRules {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PairingRules", text);
}

void checkPlace(const Place *place, const QString &field, const QString &country,
                const QString &level, QList<Problem> &problems)
{
    if (!place) {
        problems.append({field, country == QLatin1String("CN")
                                    ? tr("Choose the place in China.")
                                    : tr("Choose the place in the United States.")});
        return;
    }
    if (place->countryCode != country) {
        problems.append({field, country == QLatin1String("CN")
                                    ? tr("%1 is not in China.").arg(place->nameEn)
                                    : tr("%1 is not in the United States.").arg(place->nameEn)});
        return;
    }
    // A place whose kind the data does not give can pair at any level.
    if (!place->kind.isEmpty() && Vocabulary::levelFromKey(level) && place->kind != level) {
        problems.append({field, tr("%1 is a %2, not a %3: both places of a pairing are at its "
                                   "level.")
                                    .arg(place->nameEn,
                                         Vocabulary::displayNameOfLevelKey(place->kind).toLower(),
                                         Vocabulary::displayNameOfLevelKey(level).toLower())});
    }
}
} // namespace

QList<Problem> check(const Pairing &pairing, const QString &established, const Place *chinese,
                     const Place *us, const QDate &today)
{
    QList<Problem> problems;
    if (!Vocabulary::relationFromKey(pairing.relation))
        problems.append({QStringLiteral("relation"), tr("Choose sister or friendship.")});
    if (!Vocabulary::levelFromKey(pairing.level))
        problems.append({QStringLiteral("level"), tr("Choose the level of the pairing.")});
    if (!pairing.status.isEmpty() && !Vocabulary::statusFromKey(pairing.status))
        problems.append({QStringLiteral("status"), tr("Choose a status, or leave it unknown.")});
    checkPlace(chinese, QStringLiteral("chinesePlace"), QStringLiteral("CN"), pairing.level,
               problems);
    checkPlace(us, QStringLiteral("usPlace"), QStringLiteral("US"), pairing.level, problems);
    QString dateProblem;
    DateRules::read(established, &dateProblem, today);
    if (!dateProblem.isEmpty())
        problems.append({QStringLiteral("established"), dateProblem});
    return problems;
}

} // namespace PairingRules
