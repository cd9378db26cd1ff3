// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/mergeplan.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace {
// Numbers (coordinates) agree to a millionth of a degree; dates when one is the other to a
// coarser precision ("1979" and "1979-11"); other text exactly.
bool same(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double)
        return std::abs(a.toDouble() - b.toDouble()) < 1e-6;
    const QString x = a.toString();
    const QString y = b.toString();
    static const QRegularExpression date(QStringLiteral("^\\d{4}(-\\d\\d){0,2}$"));
    if (date.match(x).hasMatch() && date.match(y).hasMatch())
        return x.startsWith(y) || y.startsWith(x);
    return x == y;
}

QString shown(const QVariant &value)
{
    return value.typeId() == QMetaType::Double
               ? QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest)
               : value.toString();
}
} // namespace

bool MergePlan::fill(const QString &table, qint64 id, int version, const QString &column,
                     const QVariant &known, const QVariant &value, int line, const QString &field)
{
    if (value.isNull())
        return false;
    if (!known.isNull()) {
        if (!same(known, value))
            m_differences.append({line, field, shown(known), shown(value)});
        return false;
    }
    const QString key = table + QLatin1Char('|') + QString::number(id);
    qsizetype index = m_fillOf.value(key, -1);
    if (index < 0) {
        index = m_fills.size();
        m_fills.append({table, id, version, {}, {}});
        m_fillOf.insert(key, index);
    }
    FilledValues::Fill &record = m_fills[index];
    const qsizetype earlier = record.columns.indexOf(column);
    if (earlier >= 0) {
        // An earlier row fills it already: its value stands.
        if (!same(record.values.at(earlier), value))
            m_differences.append({line, field, shown(record.values.at(earlier)), shown(value)});
        return false;
    }
    record.columns << column;
    record.values << value;
    return true;
}

int MergePlan::recordCount() const
{
    QSet<QString> records(m_fillOf.keyBegin(), m_fillOf.keyEnd());
    for (const FilledValues::Citation &citation : m_citations) {
        const QString owner = citation.table == QLatin1String("pairing_sources")
                                  ? QStringLiteral("pairings")
                                  : QStringLiteral("exchanges");
        records.insert(owner + QLatin1Char('|') + QString::number(citation.ownerId));
    }
    return int(records.size());
}

void MergePlan::cite(const QString &table, qint64 ownerId, qint64 sourceId)
{
    const QString key = QStringLiteral("%1|%2|%3").arg(table).arg(ownerId).arg(sourceId);
    if (m_cited.contains(key))
        return;
    m_cited.insert(key);
    m_citations.append({table, ownerId, sourceId});
}
