// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/sqliterows.h"

#include "app/storage/sqlquery.h"
#include "app/storage/storageerror.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <atomic>
#include <sqlite3.h>

namespace {
// Binds one value as Qt's SQLite driver would: a null, or a text or bytes that are null, as
// NULL; numbers as numbers; text as UTF-16, which stays alive until the statement has run
// (the rows are not changed meanwhile).
int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        if (bytes->isNull())
            return sqlite3_bind_null(statement, index);
        return sqlite3_bind_blob64(statement, index, bytes->constData(),
                                   sqlite3_uint64(bytes->size()), SQLITE_STATIC);
    }
    case QMetaType::QString: {
        const auto *text = static_cast<const QString *>(value.constData());
        if (text->isNull())
            return sqlite3_bind_null(statement, index);
        return sqlite3_bind_text16(statement, index, text->constData(),
                                   int(text->size() * qsizetype(sizeof(QChar))), SQLITE_STATIC);
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text64(statement, index, text.constData(), sqlite3_uint64(text.size()),
                                   SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    }
}
} // namespace

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    // Only when Qt's driver uses the very SQLite this program links (as Debian's does): a
    // driver with a copy of its own (as some Qt builds carry) is written to through Qt. A
    // process has one driver: it is asked once.
    enum Answer { Unknown, Same, Other };
    static std::atomic<Answer> sameSqlite = Unknown;
    if (sameSqlite == Unknown) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT sqlite_source_id()")) || !query.next())
            return nullptr;
        sameSqlite = query.value(0).toString() == QLatin1String(sqlite3_sourceid()) ? Same : Other;
    }
    return sameSqlite == Same ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
}

bool SqliteStatement::inTransaction() const
{
    return sqlite3_get_autocommit(m_handle) == 0;
}

SqliteStatement::SqliteStatement(sqlite3 *handle, const QString &sql)
    : m_handle(handle), m_sql(sql), m_statement(nullptr, sqlite3_finalize)
{
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *prepared = nullptr;
    const int result =
        sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &prepared, nullptr);
    m_statement.reset(prepared);
    if (result != SQLITE_OK)
        throw StorageError(Sql::refusal(sql, QString::fromUtf8(sqlite3_errmsg(handle))));
}

QString SqliteStatement::run(const QList<QVariantList> &rows, qsizetype first, qsizetype count)
{
    sqlite3_stmt *statement = m_statement.get();
    int result = SQLITE_OK;
    int index = 0;
    for (qsizetype row = first; row < first + count && result == SQLITE_OK; ++row) {
        for (const QVariant &value : rows.at(row)) {
            result = bind(statement, ++index, value);
            if (result != SQLITE_OK)
                break;
        }
    }
    if (result == SQLITE_OK)
        result = sqlite3_step(statement);
    const QString reason = result == SQLITE_DONE
                               ? QString()
                               : Sql::refusal(m_sql, QString::fromUtf8(sqlite3_errmsg(m_handle)));
    sqlite3_reset(statement);
    return reason;
}
