// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/serveraddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ServerAddress", text);
}

const std::pair<ServerAddress::Tls, const char *> tlsNames[] = {
    {ServerAddress::Tls::Disable, "disable"},
    {ServerAddress::Tls::Prefer, "prefer"},
    {ServerAddress::Tls::Require, "require"},
    {ServerAddress::Tls::VerifyFull, "verify-full"},
};
} // namespace

bool ServerAddress::looksLikeUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<ServerAddress> ServerAddress::fromUrl(const QString &text, QString *error,
                                                    QString *password)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!looksLikeUrl(text))
        return fail(tr("A server's address begins with postgresql://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("The server's address has no host name: write "
                       "postgresql://user@host:port/database"));
    ServerAddress address;
    address.host = url.host();
    address.port = url.port(5432);
    address.user = url.userName();
    address.database = url.path().mid(1);
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/')))
        return fail(tr("The server's address names no database: write "
                       "postgresql://user@%1:%2/database")
                        .arg(address.host)
                        .arg(address.port));
    if (address.user.isEmpty())
        return fail(tr("The server's address names no user: write postgresql://user@%1/%2")
                        .arg(address.host, address.database));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("sslmode"))
            return fail(tr("The server's address has an option Bridges does not know: %1 "
                           "(it knows sslmode)")
                            .arg(key));
        const std::optional<Tls> tls = tlsNamed(value);
        if (!tls)
            return fail(
                tr("sslmode=%1 is not one of disable, prefer, require, verify-full").arg(value));
        address.tls = *tls;
    }
    if (password)
        *password = url.password();
    return address;
}

QString ServerAddress::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    if (tls != Tls::Prefer)
        url.setQuery(QStringLiteral("sslmode=") + tlsName(tls));
    return url.toString();
}

QString ServerAddress::shown() const
{
    return tr("%1 on %2:%3 as %4").arg(database, host).arg(port).arg(user);
}

QString ServerAddress::tlsName(Tls tls)
{
    for (const auto &[value, name] : tlsNames) {
        if (value == tls)
            return QLatin1String(name);
    }
    return {};
}

std::optional<ServerAddress::Tls> ServerAddress::tlsNamed(const QString &name)
{
    for (const auto &[value, known] : tlsNames) {
        if (name == QLatin1String(known))
            return value;
    }
    return std::nullopt;
}
