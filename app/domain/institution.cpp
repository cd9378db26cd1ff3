// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/institution.h"

#include <QCoreApplication>

namespace InstitutionKinds {

QStringList keys()
{
    return {QStringLiteral("university"),   QStringLiteral("school"),
            QStringLiteral("conservatory"), QStringLiteral("company"),
            QStringLiteral("association"),  QStringLiteral("government"),
            QStringLiteral("other")};
}

QString displayName(const QString &key)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("InstitutionKinds", "University"),
        QT_TRANSLATE_NOOP("InstitutionKinds", "School"),
        QT_TRANSLATE_NOOP("InstitutionKinds", "Conservatory"),
        QT_TRANSLATE_NOOP("InstitutionKinds", "Company"),
        QT_TRANSLATE_NOOP("InstitutionKinds", "Association"),
        QT_TRANSLATE_NOOP("InstitutionKinds", "Government office"),
        QT_TRANSLATE_NOOP("InstitutionKinds", "Other"),
    };
    const qsizetype index = keys().indexOf(key);
    return index < 0 ? QString() : QCoreApplication::translate("InstitutionKinds", names[index]);
}

} // namespace InstitutionKinds
