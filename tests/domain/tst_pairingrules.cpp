// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/pairingrules.h"

#include <QTest>

// The rules a pairing must meet before it is saved, each good and bad: both places chosen, one
// in China and one in the United States, both at the pairing's level, known vocabulary, and a
// date that parses and is not more than a year ahead. A user would see a wrong pairing saved,
// or a right one refused.
class TestPairingRules : public QObject
{
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
};

namespace {
Place place(const char *name, const char *country, const char *kind)
{
    Place p;
    p.id = 1;
    p.nameEn = QLatin1String(name);
    p.countryCode = QLatin1String(country);
    p.kind = QLatin1String(kind);
    return p;
}
} // namespace

void TestPairingRules::rules_data()
{
    QTest::addColumn<QString>("relation");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("established");
    QTest::addColumn<QString>("chinese"); // "none", or country:kind
    QTest::addColumn<QString>("us");
    QTest::addColumn<QStringList>("fields"); // the fields with a problem

    auto row = [](const char *name, const char *relation, const char *level, const char *status,
                  const char *established, const char *chinese, const char *us,
                  const char *fields) {
        QTest::newRow(name) << QString::fromLatin1(relation) << QString::fromLatin1(level)
                            << QString::fromLatin1(status) << QString::fromUtf8(established)
                            << QString::fromLatin1(chinese) << QString::fromLatin1(us)
                            << QString::fromLatin1(fields).split(QLatin1Char(' '),
                                                                 Qt::SkipEmptyParts);
    };
    row("good city pairing", "sister", "city", "", "1979-11", "CN:city", "US:city", "");
    row("good, unknown date and status", "friendship", "province_state", "", "",
        "CN:province_state", "US:province_state", "");
    row("good, active, full date", "sister", "city", "active", "1980-01-15", "CN:city", "US:city",
        {});
    row("place of unknown kind", "sister", "county", "", "", "CN:", "US:county", "");
    row("no Chinese place", "sister", "city", "", "", "none", "US:city", "chinesePlace");
    row("no US place", "sister", "city", "", "", "CN:city", "none", "usPlace");
    row("both in China", "sister", "city", "", "", "CN:city", "CN:city", "usPlace");
    row("both in the US", "sister", "city", "", "", "US:city", "US:city", "chinesePlace");
    row("levels differ", "sister", "city", "", "", "CN:province_state", "US:city", "chinesePlace");
    row("unknown relation", "twin", "city", "", "", "CN:city", "US:city", "relation");
    row("no level", "sister", "", "", "", "CN:city", "US:city", "level");
    row("unknown status", "sister", "city", "closed", "", "CN:city", "US:city", "status");
    row("month 13", "sister", "city", "", "2023-13", "CN:city", "US:city", "established");
    row("day 45", "sister", "city", "", "2023-12-45", "CN:city", "US:city", "established");
    row("words", "sister", "city", "", "last spring", "CN:city", "US:city", "established");
    row("two years ahead", "sister", "city", "", "2028", "CN:city", "US:city", "established");
    row("next year is fine", "sister", "city", "", "2027-06", "CN:city", "US:city", "");
}

void TestPairingRules::rules()
{
    QFETCH(QString, relation);
    QFETCH(QString, level);
    QFETCH(QString, status);
    QFETCH(QString, established);
    QFETCH(QString, chinese);
    QFETCH(QString, us);
    QFETCH(QStringList, fields);
    Pairing pairing;
    pairing.relation = relation;
    pairing.level = level;
    pairing.status = status;
    auto make = [](const QString &spec, const char *name) -> std::optional<Place> {
        if (spec == QLatin1String("none"))
            return std::nullopt;
        return place(name, qPrintable(spec.section(QLatin1Char(':'), 0, 0)),
                     qPrintable(spec.section(QLatin1Char(':'), 1)));
    };
    const auto c = make(chinese, "Nanjing");
    const auto u = make(us, "St. Louis");
    const QList<PairingRules::Problem> problems = PairingRules::check(
        pairing, established, c ? &*c : nullptr, u ? &*u : nullptr, QDate(2026, 11, 29));
    QStringList found;
    for (const PairingRules::Problem &problem : problems) {
        found << problem.field;
        QVERIFY2(!problem.message.isEmpty(), qPrintable(problem.field));
    }
    QCOMPARE(found, fields);
}

QTEST_GUILESS_MAIN(TestPairingRules)
#include "tst_pairingrules.moc"
