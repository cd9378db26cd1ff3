// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/daterules.h"

#include <QCoreApplication>

namespace DateRules {

PartialDate read(const QString &typed, QString *problem, const QDate &today)
{
    problem->clear();
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    const PartialDate date = PartialDate::fromIso(text, problem);
    if (!date.isNull() && date.firstDay() > today.addYears(1)) {
        *problem =
            QCoreApplication::translate("DateRules", "%1 is more than a year from now.").arg(text);
    }
    return date;
}

} // namespace DateRules
