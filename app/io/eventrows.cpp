// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/eventrows.h"

#include "app/domain/vocabulary.h"
#include "app/io/datasetwriter.h"
#include "app/io/rowreader.h"
#include "app/io/texttable.h"

#include <QCoreApplication>

namespace EventRows {
namespace {
using Row = PairingRows::Row;

QString tr(const char *text)
{
    return QCoreApplication::translate("EventRows", text);
}

QStringList names(const RowReader &in, const QString &column)
{
    QStringList result;
    for (const QString &name : in.text(column).split(QLatin1Char(';'))) {
        if (!name.trimmed().isEmpty() && !result.contains(name.trimmed()))
            result << name.trimmed();
    }
    return result;
}

// Plans one row: an exchange to add, or one the database holds, perhaps with something to fill
// in.
Row loadRow(const TextTable &table, int row, DatasetWriter &writer)
{
    // Every bad value of the row is told, not only the first.
    const RowReader in(table, row, RowReader::OnBadValue::Collect);
    Exchange exchange;
    exchange.date = in.date(QStringLiteral("date"));
    exchange.endDate = in.date(QStringLiteral("end_date"));
    // A bad date is told as such, not again as out of order.
    if (!in.hasProblem(QStringLiteral("date")) && !exchange.endDate.isNull() &&
        (exchange.date.isNull() || exchange.endDate.toIso() < exchange.date.toIso())) {
        in.problem(QStringLiteral("end_date"), tr("the end comes before the start, or there is "
                                                  "an end without a start."));
    }
    exchange.title = in.required(QStringLiteral("title"));
    exchange.field = in.key(QStringLiteral("field"), Vocabulary::fieldKeys());
    exchange.mode = in.key(QStringLiteral("mode"), Vocabulary::modeKeys());
    exchange.location = in.text(QStringLiteral("location"));
    exchange.description = in.text(QStringLiteral("description"));
    exchange.participants = in.text(QStringLiteral("participants"));
    exchange.origin = in.text(QStringLiteral("id")); // kept by the shipped data only
    in.check();
    if (const qint64 held = writer.exchangeKnownBefore(exchange)) {
        return writer.mergeExchange(held, exchange, in.text(QStringLiteral("source_url")),
                                    table.lineOf(row))
                   ? PairingRows::Row::HeldFillable
                   : PairingRows::Row::Held;
    }
    if (const int earlier = writer.lineOfExchange(exchange, table.lineOf(row))) {
        in.fail(QStringLiteral("title"),
                tr("the same exchange (title and date) already stands on line %1.").arg(earlier));
    }
    const QStringList chinese = names(in, QStringLiteral("cn_name_en"));
    const QStringList us = names(in, QStringLiteral("us_name"));
    const QStringList unknown =
        writer.addExchange(exchange, chinese, us, in.text(QStringLiteral("source_url")));
    if (!unknown.isEmpty()) {
        const QString first = unknown.first();
        in.fail(chinese.contains(first) ? QStringLiteral("cn_name_en") : QStringLiteral("us_name"),
                tr("no place in the database is called “%1”; import or add it first.").arg(first));
    }
    return PairingRows::Row::Added;
}
} // namespace

QStringList requiredColumns()
{
    return {
        QStringLiteral("date"),     QStringLiteral("title"),       QStringLiteral("field"),
        QStringLiteral("mode"),     QStringLiteral("cn_name_en"),  QStringLiteral("us_name"),
        QStringLiteral("location"), QStringLiteral("description"), QStringLiteral("source_url")};
}

QStringList essentialColumns()
{
    return {QStringLiteral("title"), QStringLiteral("field"), QStringLiteral("mode")};
}

PairingRows::Outcome load(const TextTable &table, DatasetWriter &writer,
                          PairingRows::OnProblem onProblem, const PairingRows::Progress &progress)
{
    return PairingRows::eachRow(
        table, onProblem, [&](int row) { return loadRow(table, row, writer); }, progress);
}

} // namespace EventRows
