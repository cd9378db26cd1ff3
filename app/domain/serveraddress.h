// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// Where a shared PostgreSQL database is: host, port, database, user and how the connection is
// secured. Read from and written as a URL, postgresql://user@host:port/dbname?sslmode=require,
// as libpq and psql take it. A password is never part of it: a URL that carries one gives it
// to password() and shows it nowhere (not in url(), shown(), or any message).
struct ServerAddress
{
    enum class Tls { Disable, Prefer, Require, VerifyFull };

    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;
    Tls tls = Tls::Prefer;

    // Whether text is meant as a server's address rather than a file's path.
    static bool looksLikeUrl(const QString &text);
    // Reads a URL; on a mistake returns nothing and says which part is wrong (never repeating
    // a password). A password in the URL goes to *password.
    static std::optional<ServerAddress> fromUrl(const QString &url, QString *error,
                                                QString *password = nullptr);
    QString url() const;
    // For titles and messages: "bridges on db.example.org:5432 as anna".
    QString shown() const;
    // libpq's name of the TLS mode ("disable", "prefer", "require", "verify-full").
    static QString tlsName(Tls tls);
    static std::optional<Tls> tlsNamed(const QString &name);

    friend bool operator==(const ServerAddress &a, const ServerAddress &b)
    {
        return a.host == b.host && a.port == b.port && a.database == b.database &&
               a.user == b.user && a.tls == b.tls;
    }
};
