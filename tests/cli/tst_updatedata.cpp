// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/bundleddataset.h"
#include "app/io/databaseopener.h"
#include "app/storage/database.h"
#include "tests/support/bridgesprocess.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

// `bridges update-data`: a database made from the first edition (a file, or on the server when
// ctest gives one) told what edition 2026-12 would add and where the user's values differ; a
// dry run writes nothing; the update keeps the user's values and lists them; a second run has
// nothing to do.
class TestUpdateData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aDryRunWritesNothing();
    void theUpdateKeepsTheUsersValuesAndListsThem();
    void wrongLinesAreRefused();

private:
    BridgesProcess::Result run(const QStringList &arguments) const
    {
        return BridgesProcess::run(arguments, m_home);
    }
    std::unique_ptr<Database> open() const
    {
        QString error;
        auto database = DatabaseOpener::open(m_where, &error, DatabaseOpener::Contents::Empty);
        if (!database)
            qFatal("%s", qPrintable(error));
        return database;
    }

    QTemporaryDir m_home;
    QString m_where; // the database: a file's path, or a server's address
};

void TestUpdateData::initTestCase()
{
    QVERIFY(QDir().mkdir(m_home.filePath(QStringLiteral("runtime"))));
    m_where = TestSupport::onServer() ? TestSupport::freshServerDatabase()
                                      : m_home.filePath(QStringLiteral("first.sqlite"));
    const auto database = open();
    BundledDataset::load(*database, *DataEdition::named(DataEdition::first()));
    // The user's own date for Nanjing – St. Louis, where the edition keeps its own.
    TestSupport::execute(*database,
                         QStringLiteral("UPDATE pairings SET established = '1979-12' WHERE id = %1")
                             .arg(TestSupport::pairingId(*database, QStringLiteral("Nanjing"),
                                                         QStringLiteral("St. Louis"))));
    // And for one whose date the edition gives for the first time.
    TestSupport::execute(*database,
                         QStringLiteral("UPDATE pairings SET established = '1984' WHERE id = %1")
                             .arg(TestSupport::pairingId(*database, QStringLiteral("Baoding"),
                                                         QStringLiteral("Charlotte"))));
}

void TestUpdateData::aDryRunWritesNothing()
{
    const QString before = TestSupport::dump(*open());
    const BridgesProcess::Result result =
        run({QStringLiteral("update-data"), QStringLiteral("--dry-run"), QStringLiteral("--db"),
             m_where});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("holds data edition first")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("Data edition 2026-12: 36 new pairings, 144 new "
                                                "exchanges, 5 official totals")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("Nothing was written (dry run).")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("found by their names")), qPrintable(result.out));
    QCOMPARE(TestSupport::dump(*open()), before);
}

void TestUpdateData::theUpdateKeepsTheUsersValuesAndListsThem()
{
    const BridgesProcess::Result result =
        run({QStringLiteral("update-data"), QStringLiteral("--db"), m_where});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("now holds data edition 2026-12")),
             qPrintable(result.out));
    // Only the second is a conflict: the edition left Nanjing – St. Louis's date as it was.
    QVERIFY2(result.out.contains(QStringLiteral("Baoding – Charlotte (p0015), Established: "
                                                "yours “1984”, the edition's")),
             qPrintable(result.out));
    QVERIFY2(!result.out.contains(QStringLiteral("Nanjing – St. Louis")), qPrintable(result.out));
    auto database = open();
    QCOMPARE(TestSupport::scalar(*database, QStringLiteral("SELECT established FROM pairings "
                                                           "WHERE origin = 'p0015'"))
                 .toString(),
             QStringLiteral("1984"));
    QCOMPARE(
        TestSupport::scalar(*database, QStringLiteral("SELECT count(*) FROM pairings")).toInt(),
        219);
    QCOMPARE(
        TestSupport::scalar(*database, QStringLiteral("SELECT name FROM data_edition")).toString(),
        QStringLiteral("2026-12"));
    database.reset();

    const BridgesProcess::Result again =
        run({QStringLiteral("update-data"), QStringLiteral("--db"), m_where});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(QStringLiteral("nothing to do")), qPrintable(again.out));
}

void TestUpdateData::wrongLinesAreRefused()
{
    const BridgesProcess::Result result = run(
        {QStringLiteral("update-data"), QStringLiteral("--db"), m_where, QStringLiteral("extra")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("bridges update-data: unexpected argument")),
             qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestUpdateData)
#include "tst_updatedata.moc"
