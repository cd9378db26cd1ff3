// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/pairingdetailmodel.h"
#include "app/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The detail of one pairing: both places with their province and state, exchanges in date
// order with undated ones last, and sources.
class TestPairingDetailModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readsAWholePairing();
    void listsExchangesInDateOrder();
    void showsNothingForNoOrMissingPairing();

private:
    qint64 pairingId(const QString &chinese, const QString &us) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestPairingDetailModel::initTestCase()
{
    m_db = TestSupport::createWithShippedData(m_dir);
}

qint64 TestPairingDetailModel::pairingId(const QString &chinese, const QString &us) const
{
    return TestSupport::scalar(*m_db, QStringLiteral("SELECT p.id FROM pairings p "
                                                     "JOIN places c ON c.id = p.chinese_place_id "
                                                     "JOIN places u ON u.id = p.us_place_id "
                                                     "WHERE c.name_en = '%1' AND u.name_en = '%2'")
                                          .arg(chinese, us))
        .toLongLong();
}

void TestPairingDetailModel::readsAWholePairing()
{
    PairingDetailModel model(*m_db);
    QSignalSpy changed(&model, &PairingDetailModel::changed);
    const qint64 id = pairingId(QStringLiteral("Nanjing"), QStringLiteral("St. Louis"));
    model.showPairing(id);
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.hasPairing());
    const PairingDetail &detail = model.detail();
    QCOMPARE(detail.chinesePlace.nameZh, QStringLiteral("南京"));
    QCOMPARE(detail.chineseRegion.nameEn, QStringLiteral("Jiangsu"));
    QCOMPARE(detail.usPlace.nameEn, QStringLiteral("St. Louis"));
    QCOMPARE(detail.usRegion.nameEn, QStringLiteral("Missouri"));
    QCOMPARE(detail.pairing.established.toIso(), QStringLiteral("1979-11"));
    QVERIFY(detail.usPlace.hasCoordinates());
    QCOMPARE(detail.exchanges.size(),
             TestSupport::scalar(*m_db, QStringLiteral("SELECT count(*) FROM exchange_pairings "
                                                       "WHERE pairing_id = %1")
                                            .arg(id))
                 .toInt());
    QVERIFY(detail.exchanges.size() >= 5);
    QVERIFY(!detail.sources.isEmpty());
    // The page that states the pairing comes first, the twin-town list after it.
    QVERIFY(detail.sources.first().url.startsWith(QStringLiteral("http://chicago.")));
}

void TestPairingDetailModel::listsExchangesInDateOrder()
{
    PairingDetailModel model(*m_db);
    QAbstractItemModelTester tester(model.exchanges(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Jingdezhen–Door County has dated exchanges and one the press release gives no date for.
    model.showPairing(pairingId(QStringLiteral("Jingdezhen"), QStringLiteral("Door County")));
    const QList<ExchangeSummary> exchanges = model.detail().exchanges;
    QVERIFY(exchanges.size() >= 3);
    QVERIFY(exchanges.last().date.isNull());
    for (int i = 1; i < exchanges.size() - 1; ++i)
        QVERIFY(!(exchanges.at(i).date < exchanges.at(i - 1).date));
    QAbstractItemModel *table = model.exchanges();
    QCOMPARE(table->rowCount(), int(exchanges.size()));
    QCOMPARE(table->index(table->rowCount() - 1, PairingExchangesModel::Date).data().toString(),
             QStringLiteral("—"));
    QCOMPARE(table->index(table->rowCount() - 1, PairingExchangesModel::Mode).data().toString(),
             QStringLiteral("Online"));
}

void TestPairingDetailModel::showsNothingForNoOrMissingPairing()
{
    PairingDetailModel model(*m_db);
    model.showPairing(pairingId(QStringLiteral("Nanjing"), QStringLiteral("St. Louis")));
    QVERIFY(model.hasPairing());
    model.showPairing(0);
    QVERIFY(!model.hasPairing());
    QCOMPARE(model.exchanges()->rowCount(), 0);
    model.showPairing(987654);
    QVERIFY(!model.hasPairing());
}

QTEST_GUILESS_MAIN(TestPairingDetailModel)
#include "tst_pairingdetailmodel.moc"
