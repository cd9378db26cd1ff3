// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/institutionrules.h"

#include "app/domain/sourcerules.h"

#include <QCoreApplication>

namespace InstitutionRules {

QList<Problem> check(const Institution &institution)
{
    QList<Problem> problems;
    if (institution.nameEn.trimmed().isEmpty()) {
        problems.append({QStringLiteral("nameEn"),
                         QCoreApplication::translate("InstitutionRules",
                                                     "Give the institution's English name.")});
    }
    if (!institution.kind.isEmpty() && !InstitutionKinds::keys().contains(institution.kind)) {
        problems.append({QStringLiteral("kind"),
                         QCoreApplication::translate("InstitutionRules",
                                                     "Choose what kind of institution it is.")});
    }
    const QString urlProblem = SourceRules::webAddressProblem(institution.url);
    if (!urlProblem.isEmpty())
        problems.append({QStringLiteral("url"), urlProblem});
    return problems;
}

} // namespace InstitutionRules
