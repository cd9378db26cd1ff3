// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/officialcountrules.h"

#include "app/domain/daterules.h"
#include "app/domain/sourcerules.h"

#include <QCoreApplication>
#include <QLocale>

namespace OfficialCountRules {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("OfficialCountRules", text);
}

// The number typed in a field, or nothing with the problem said when it is not one; nothing
// and no problem when the field is empty.
std::optional<int> read(const QString &text, const QString &field, QList<Problem> &problems)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const std::optional<int> value = number(text);
    if (!value)
        problems.append({field, tr("“%1” is not a whole number.").arg(text.trimmed())});
    return value;
}
} // namespace

std::optional<int> number(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    int value = QLocale().toInt(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toInt(trimmed, &ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

QList<Problem> check(const Typed &typed, const QDate &today)
{
    QList<Problem> problems;
    QString dateProblem;
    DateRules::read(typed.date, &dateProblem, today);
    if (typed.date.trimmed().isEmpty()) {
        dateProblem = tr("Give the date the total was reported: a year (2023), a month (2022-04) "
                         "or a day (2023-11-03).");
    }
    if (!dateProblem.isEmpty())
        problems.append({QStringLiteral("date"), dateProblem});

    const std::optional<int> total = read(typed.total, QStringLiteral("total"), problems);
    if (typed.total.trimmed().isEmpty())
        problems.append({QStringLiteral("total"), tr("Give the total number of pairs.")});
    else if (total && *total < 1)
        problems.append({QStringLiteral("total"), tr("A total is at least 1.")});

    int parts = 0;
    for (const auto &[text, field] :
         {std::pair{typed.provinceState, QStringLiteral("provinceState")},
          std::pair{typed.city, QStringLiteral("city")}}) {
        const std::optional<int> part = read(text, field, problems);
        if (part && *part < 0)
            problems.append({field, tr("A number of pairs is never below 0.")});
        else if (part)
            parts += *part;
    }
    if (total && *total >= 1 && parts > *total) {
        problems.append({QStringLiteral("parts"),
                         tr("The pairs by level add up to %1, more than the total of %2.")
                             .arg(QLocale().toString(parts), QLocale().toString(*total))});
    }

    const QString urlProblem = SourceRules::webAddressProblem(typed.sourceUrl);
    if (!urlProblem.isEmpty())
        problems.append({QStringLiteral("sourceUrl"), urlProblem});
    return problems;
}

} // namespace OfficialCountRules
