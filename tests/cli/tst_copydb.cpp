// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/databaseopener.h"
#include "app/storage/database.h"
#include "app/storage/recordtables.h"
#include "tests/support/bridgesprocess.h"
#include "tests/support/testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

// `bridges copy-db`: the shipped database from a local file to a team's server and back again
// (when ctest gives a server; otherwise to another file and back). Every record arrives with
// its id and version, the derived tables are made again, the counts are told, and a database
// that holds records already is refused without a change.
class TestCopyDb : public QObject
{
    Q_OBJECT
private slots:
    void toTheServerAndBackGivesTheSameRecords();
    void refusesADatabaseThatHoldsRecords();

private:
    BridgesProcess::Result run(const QStringList &arguments) const
    {
        return BridgesProcess::run(arguments, m_home);
    }
    // Every row of every table people fill, as text; numbers as numbers, so that a SQLite REAL
    // and a PostgreSQL double precision of the same value read the same.
    static QString records(const QString &where)
    {
        QString error;
        auto database = DatabaseOpener::open(where, &error, DatabaseOpener::Contents::Empty);
        if (!database)
            qFatal("%s", qPrintable(error));
        QStringList lines;
        for (const QString &table : RecordTables::names()) {
            lines << table + QLatin1Char(':') +
                         RecordTables::columnsOf(*database, table).join(QLatin1Char(','));
            RecordTables::eachRow(*database, table, [&](const QVariantList &row) {
                QStringList values;
                for (const QVariant &value : row) {
                    if (value.isNull())
                        values << QStringLiteral("∅");
                    else if (value.typeId() == QMetaType::Double)
                        values << QString::number(value.toDouble(), 'g', 15);
                    else
                        values << value.toString();
                }
                lines << values.join(QLatin1Char('|'));
            });
        }
        return lines.join(QLatin1Char('\n'));
    }
    QString middle() const
    {
        return TestSupport::onServer() ? TestSupport::freshServerDatabase()
                                       : m_home.filePath(QStringLiteral("middle.sqlite"));
    }

    QTemporaryDir m_home;
};

void TestCopyDb::toTheServerAndBackGivesTheSameRecords()
{
    const QString original = m_home.filePath(QStringLiteral("original.sqlite"));
    QString error;
    int pairings = 0;
    {
        const auto shipped = DatabaseOpener::open(original, &error); // the shipped data
        QVERIFY2(shipped, qPrintable(error));
        pairings =
            TestSupport::scalar(*shipped, QStringLiteral("SELECT count(*) FROM pairings")).toInt();
    }
    const QString there = middle();
    auto result = run({QStringLiteral("copy-db"), QStringLiteral("--from"), original,
                       QStringLiteral("--to"), there});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("%1 pairings").arg(pairings)),
             qPrintable(result.out));
    // The edition the database holds, and the official totals, go with it.
    QVERIFY2(result.out.contains(QStringLiteral("1 data_edition")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("5 official_counts")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("counted the same on both sides")));
    // The password given in the address is not repeated.
    QVERIFY(!result.out.contains(QStringLiteral(":bridges_test@")));

    const QString back = m_home.filePath(QStringLiteral("back.sqlite"));
    result = run(
        {QStringLiteral("copy-db"), QStringLiteral("--from"), there, QStringLiteral("--to"), back});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));

    const QString originalRecords = records(original);
    QVERIFY(originalRecords.count(QLatin1Char('\n')) > 1000);
    QCOMPARE(records(there), originalRecords);
    QCOMPARE(records(back), originalRecords);
    // What the copies derive for themselves agrees: the check finds nothing wrong, and the
    // search finds the same exchanges.
    for (const QString &copy : {there, back}) {
        result = run({QStringLiteral("check"), QStringLiteral("--db"), copy});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
        auto database = DatabaseOpener::open(copy, &error);
        QVERIFY2(database, qPrintable(error));
        QVERIFY(TestSupport::exchangesFound(*database, QStringLiteral("masks")) > 0);
        QCOMPARE(TestSupport::scalar(*database, QStringLiteral("SELECT sum(exchanges) FROM "
                                                               "exchange_tally"))
                     .toInt(),
                 TestSupport::scalar(*database, QStringLiteral("SELECT count(*) FROM exchanges"))
                     .toInt());
    }
}

void TestCopyDb::refusesADatabaseThatHoldsRecords()
{
    const QString original = m_home.filePath(QStringLiteral("one.sqlite"));
    const QString other = m_home.filePath(QStringLiteral("two.sqlite"));
    QString error;
    QVERIFY2(DatabaseOpener::open(original, &error), qPrintable(error));
    QVERIFY2(DatabaseOpener::open(other, &error), qPrintable(error));
    const QString before = records(other);
    const auto result = run({QStringLiteral("copy-db"), QStringLiteral("--from"), original,
                             QStringLiteral("--to"), other});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("holds records already")), qPrintable(result.err));
    QCOMPARE(records(other), before);
}

QTEST_MAIN(TestCopyDb)
#include "tst_copydb.moc"
