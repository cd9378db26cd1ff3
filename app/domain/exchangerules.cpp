// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/exchangerules.h"

#include "app/domain/daterules.h"
#include "app/domain/vocabulary.h"

#include <QCoreApplication>

namespace ExchangeRules {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ExchangeRules", text);
}

// The date as typed, or a problem with it; null when empty.
PartialDate readDate(const QString &text, const QString &field, const QDate &today,
                     QList<Problem> &problems)
{
    QString problem;
    const PartialDate date = DateRules::read(text, &problem, today);
    if (!problem.isEmpty())
        problems.append({field, problem});
    return date;
}
} // namespace

QList<Problem> check(const Exchange &exchange, const QString &date, const QString &endDate,
                     const QDate &today)
{
    QList<Problem> problems;
    if (exchange.title.trimmed().isEmpty())
        problems.append({QStringLiteral("title"), tr("Give the exchange a title.")});
    if (!Vocabulary::fieldFromKey(exchange.field))
        problems.append({QStringLiteral("field"), tr("Choose the field of the exchange.")});
    if (!Vocabulary::modeFromKey(exchange.mode))
        problems.append({QStringLiteral("mode"), tr("Choose in person, online or hybrid.")});
    const PartialDate start = readDate(date, QStringLiteral("date"), today, problems);
    const PartialDate end = readDate(endDate, QStringLiteral("endDate"), today, problems);
    if (!end.isNull() && start.isNull() && date.trimmed().isEmpty()) {
        problems.append({QStringLiteral("endDate"), tr("An end date needs a start date.")});
    } else if (!end.isNull() && !start.isNull() && end.toIso() < start.toIso()) {
        problems.append({QStringLiteral("endDate"), tr("The end comes before the start.")});
    }
    return problems;
}

} // namespace ExchangeRules
