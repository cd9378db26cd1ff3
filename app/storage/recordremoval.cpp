// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/recordremoval.h"

#include "app/storage/conflicterror.h"
#include "app/storage/database.h"
#include "app/storage/sqlquery.h"

#include <QCoreApplication>

namespace RecordRemoval {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RecordRemoval", text);
}

QString tableOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Place:
        return QStringLiteral("places");
    case RecordKind::Institution:
        return QStringLiteral("institutions");
    case RecordKind::Source:
        return QStringLiteral("sources");
    case RecordKind::OfficialCount:
        return QStringLiteral("official_counts");
    }
    return {};
}

// How many records of one kind refer to the record: a count query taking the id once per ?.
struct Use
{
    QString sql;
    int placeholders;
    QString (*words)(int count);
};

QList<Use> usesFor(RecordKind kind)
{
    static const auto pairings = [](int n) {
        return n == 1 ? tr("1 pairing") : tr("%1 pairings").arg(n);
    };
    static const auto exchanges = [](int n) {
        return n == 1 ? tr("1 exchange") : tr("%1 exchanges").arg(n);
    };
    static const auto places = [](int n) {
        return n == 1 ? tr("1 place inside it") : tr("%1 places inside it").arg(n);
    };
    static const auto institutions = [](int n) {
        return n == 1 ? tr("1 institution") : tr("%1 institutions").arg(n);
    };
    switch (kind) {
    case RecordKind::Place:
        return {{QStringLiteral("SELECT count(*) FROM pairings WHERE chinese_place_id = ? OR "
                                "us_place_id = ?"),
                 2, pairings},
                {QStringLiteral("SELECT count(*) FROM exchange_places WHERE place_id = ?"), 1,
                 exchanges},
                {QStringLiteral("SELECT count(*) FROM places WHERE parent_id = ?"), 1, places},
                {QStringLiteral("SELECT count(*) FROM institutions WHERE place_id = ?"), 1,
                 institutions}};
    case RecordKind::Institution:
        return {{QStringLiteral("SELECT count(*) FROM exchange_institutions WHERE "
                                "institution_id = ?"),
                 1, exchanges}};
    case RecordKind::Source:
        return {{QStringLiteral("SELECT count(*) FROM pairing_sources WHERE source_id = ?"), 1,
                 pairings},
                {QStringLiteral("SELECT count(*) FROM exchange_sources WHERE source_id = ?"), 1,
                 exchanges}};
    case RecordKind::OfficialCount:
        return {}; // nothing refers to a total
    }
    return {};
}
} // namespace

QString usesOf(const Database &database, RecordKind kind, qint64 id)
{
    QStringList parts;
    for (const Use &use : usesFor(kind)) {
        QSqlQuery query =
            Sql::run(database.connection(), use.sql, QVariantList(use.placeholders, QVariant(id)));
        const int count = query.next() ? query.value(0).toInt() : 0;
        if (count > 0)
            parts << use.words(count);
    }
    if (parts.size() > 1) {
        const QString last = parts.takeLast();
        return tr("%1 and %2").arg(parts.join(tr(", ")), last);
    }
    return parts.value(0);
}

RowSnapshot remove(const Database &database, RecordKind kind, qint64 id, int version)
{
    const QString uses = usesOf(database, kind, id);
    if (!uses.isEmpty()) {
        throw ConflictError(
            tr("It is still in use by %1. Change or delete those first; nothing was deleted.")
                .arg(uses));
    }
    const QString table = tableOf(kind);
    RowSnapshot row =
        RowSnapshot::capture(database.connection(), table, QStringLiteral("id = ?"), {id});
    Sql::runOnRecordAsRead(
        database.connection(),
        QStringLiteral("DELETE FROM %1 WHERE id = ? AND row_version = ?").arg(table), {id, version},
        tr("It was changed or removed elsewhere since it was read (another window or another "
           "user). Refresh (F5) to see it as it is now."));
    return row;
}

} // namespace RecordRemoval
