// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/filter.h"

#include "app/domain/completeness.h"

#include <tuple>

namespace {
auto tied(const Filter &f)
{
    return std::tie(f.search, f.level, f.relation, f.status, f.province, f.state, f.establishedFrom,
                    f.establishedTo, f.gap, f.field, f.mode, f.exchangeFrom, f.exchangeTo,
                    f.hasExchanges);
}
} // namespace

bool operator==(const Filter &a, const Filter &b)
{
    return tied(a) == tied(b);
}

bool Filter::hasPairingCriteria() const
{
    return !level.isEmpty() || !relation.isEmpty() || !status.isEmpty() || !province.isEmpty() ||
           !state.isEmpty() || establishedFrom || establishedTo || !gap.isEmpty() ||
           hasExchanges != HasExchanges::Any;
}

bool Filter::hasExchangeCriteria() const
{
    return !field.isEmpty() || !mode.isEmpty() || exchangeFrom || exchangeTo;
}

QVariantMap Filter::toMap() const
{
    return {{QStringLiteral("search"), search},
            {QStringLiteral("level"), level},
            {QStringLiteral("relation"), relation},
            {QStringLiteral("status"), status},
            {QStringLiteral("province"), province},
            {QStringLiteral("state"), state},
            {QStringLiteral("establishedFrom"), establishedFrom},
            {QStringLiteral("establishedTo"), establishedTo},
            {QStringLiteral("gap"), gap},
            {QStringLiteral("field"), field},
            {QStringLiteral("mode"), mode},
            {QStringLiteral("exchangeFrom"), exchangeFrom},
            {QStringLiteral("exchangeTo"), exchangeTo},
            {QStringLiteral("hasExchanges"), static_cast<int>(hasExchanges)}};
}

Filter Filter::fromMap(const QVariantMap &map)
{
    Filter f;
    f.search = map.value(QStringLiteral("search")).toString();
    f.level = map.value(QStringLiteral("level")).toString();
    f.relation = map.value(QStringLiteral("relation")).toString();
    f.status = map.value(QStringLiteral("status")).toString();
    f.province = map.value(QStringLiteral("province")).toString();
    f.state = map.value(QStringLiteral("state")).toString();
    f.establishedFrom = map.value(QStringLiteral("establishedFrom")).toInt();
    f.establishedTo = map.value(QStringLiteral("establishedTo")).toInt();
    // A gap this program does not know (from a later one's settings) is left out, not kept
    // as a criterion that nothing could match.
    const QString gap = map.value(QStringLiteral("gap")).toString();
    if (Completeness::gapFromKey(gap))
        f.gap = gap;
    f.field = map.value(QStringLiteral("field")).toString();
    f.mode = map.value(QStringLiteral("mode")).toString();
    f.exchangeFrom = map.value(QStringLiteral("exchangeFrom")).toInt();
    f.exchangeTo = map.value(QStringLiteral("exchangeTo")).toInt();
    const int has = map.value(QStringLiteral("hasExchanges")).toInt();
    if (has >= 0 && has <= static_cast<int>(HasExchanges::No))
        f.hasExchanges = static_cast<HasExchanges>(has);
    return f;
}
