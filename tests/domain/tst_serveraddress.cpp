// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/serveraddress.h"

#include <QTest>

// The address of a shared database, as a user types it after "bridges" or in --db: read whole,
// refused with the part that is wrong, and written back without its password.
class TestServerAddress : public QObject
{
    Q_OBJECT
private slots:
    void readsAWholeAddress();
    void takesThePasswordApart();
    void refusesWhatItCannotUse_data();
    void refusesWhatItCannotUse();
};

void TestServerAddress::readsAWholeAddress()
{
    QString error;
    const auto address = ServerAddress::fromUrl(
        QStringLiteral("postgresql://anna@db.example.org:5433/sisters?sslmode=verify-full"),
        &error);
    QVERIFY2(address, qPrintable(error));
    QCOMPARE(address->host, QStringLiteral("db.example.org"));
    QCOMPARE(address->port, 5433);
    QCOMPARE(address->user, QStringLiteral("anna"));
    QCOMPARE(address->database, QStringLiteral("sisters"));
    QCOMPARE(address->tls, ServerAddress::Tls::VerifyFull);
    QCOMPARE(address->url(),
             QStringLiteral("postgresql://anna@db.example.org:5433/sisters?sslmode=verify-full"));
    QCOMPARE(address->shown(), QStringLiteral("sisters on db.example.org:5433 as anna"));
    // Defaults: port 5432, TLS if the server offers it.
    const auto plain =
        ServerAddress::fromUrl(QStringLiteral("postgres://anna@localhost/sisters"), &error);
    QVERIFY2(plain, qPrintable(error));
    QCOMPARE(plain->port, 5432);
    QCOMPARE(plain->tls, ServerAddress::Tls::Prefer);
    QVERIFY(ServerAddress::looksLikeUrl(QStringLiteral("PostgreSQL://x@y/z")));
    QVERIFY(!ServerAddress::looksLikeUrl(QStringLiteral("/home/anna/postgresql.sqlite")));
}

void TestServerAddress::takesThePasswordApart()
{
    QString error;
    QString password;
    const auto address = ServerAddress::fromUrl(
        QStringLiteral("postgresql://anna:s%40cret@localhost/sisters"), &error, &password);
    QVERIFY2(address, qPrintable(error));
    QCOMPARE(password, QStringLiteral("s@cret"));
    QVERIFY(!address->url().contains(QStringLiteral("cret")));
    QVERIFY(!address->shown().contains(QStringLiteral("cret")));
}

void TestServerAddress::refusesWhatItCannotUse_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("no database") << "postgresql://anna@localhost/"
                                 << "names no database";
    QTest::newRow("no user") << "postgresql://localhost/sisters"
                             << "names no user";
    QTest::newRow("unknown option") << "postgresql://anna@localhost/sisters?timeout=5"
                                    << "option Bridges does not know: timeout";
    QTest::newRow("unknown TLS mode") << "postgresql://anna@localhost/sisters?sslmode=always"
                                      << "sslmode=always is not one of";
    QTest::newRow("not a server") << "sisters.sqlite"
                                  << "begins with postgresql://";
}

void TestServerAddress::refusesWhatItCannotUse()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!ServerAddress::fromUrl(url, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
